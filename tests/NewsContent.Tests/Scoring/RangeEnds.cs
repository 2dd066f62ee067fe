using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Figures;

namespace NewsContent.Tests.Scoring;

/// <summary>
/// The two ends of a range figure as printed (3至14天: 3 and 14天). A gold that lists an end on its own (an outside
/// corpus tags 14天 as a numeral and a measure word and 3 alone as nothing, or 15元 and 20元 apart) finds it in the range.
/// </summary>
internal static class RangeEnds
{
    /// <summary>The printed lower and upper ends of a range figure, or null when the figure is one number.</summary>
    internal static (string Lower, string Upper)? Of(FigureModel figure)
    {
        if (figure.UpperValue is null)
        {
            return null;
        }

        var mark = figure.Text.LastIndexOfAny(FigureVocabulary.RangeMarks.ToCharArray());
        return mark <= 0 ? null : (figure.Text[..mark], figure.Text[(mark + 1)..]);
    }
}
