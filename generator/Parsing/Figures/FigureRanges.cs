using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>The lower end of a range as read before its mark: where it ends, its value and multiplier, and its unit when it prints one.</summary>
internal readonly record struct RangeLowerEnd(int End, decimal Value, string Multiplier, string? Unit);

/// <summary>Reads the lower end of a range at a position, or false when this shape does not start there.</summary>
internal delegate bool RangeLowerEndReader(string text, int start, out RangeLowerEnd lower);

/// <summary>
/// One way the genre prints a range: a name, an example sentence holding one range of this shape, and how its lower
/// end is read. The upper end is always a figure of its own (5至12天: 12天); tests run every example (FigureRangeTests).
/// </summary>
internal sealed record FigureRangeShape(string Name, string Example, RangeLowerEndReader ReadLower);

/// <summary>
/// A range (3至14天, 一万到四万斤, 15元至20元, ６—７级) is one figure: its value is the lower end in the upper end's unit and
/// its upper value the upper end. The lower end is either a bare number that shares the upper end's unit (and its 万/亿
/// when it has none of its own), or a figure in the same base unit; the ends are joined by one mark of
/// <see cref="RangeMarks"/> and go up (a falling pair such as a score is not a range).
/// </summary>
internal static class FigureRanges
{
    public static readonly IReadOnlyList<FigureRangeShape> Shapes = new[]
    {
        // 3至14天, 三至五年, １０—２０家, ３—５万元: the lower end is a number alone; the unit after the upper end is both ends' unit.
        new FigureRangeShape("bare lower end", "新员工培训3至14天", ReadBareLowerEnd),

        // 15元至20元, 百分之十六至百分之十八, ３℃～１３℃: each end prints the unit.
        new FigureRangeShape("both ends with units", "午餐定价在15元至20元之间", ReadLowerFigure),
    };

    /// <summary>A range starting at <paramref name="start"/>, read as one candidate whose <c>UpperValue</c> is set.</summary>
    public static bool TryRead(string text, int start, out FigureCandidate range)
    {
        range = default;
        foreach (var shape in Shapes)
        {
            if (shape.ReadLower(text, start, out var lower) && TryJoin(text, start, lower, out range))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryJoin(string text, int start, RangeLowerEnd lower, out FigureCandidate range)
    {
        range = default;
        var upperStart = lower.End + 1;
        if (upperStart >= text.Length || RangeMarks.IndexOf(text[lower.End]) < 0
            || !FigureReader.TryRead(text, upperStart, out var upper) || !FigureExclusions.IsFigureInRange(upper))
        {
            return false;
        }

        var upperBase = upper.Unit.Substring(upper.Multiplier.Length);
        decimal value;
        if (lower.Unit is null)
        {
            // ３—５万元: a bare lower end takes the upper end's 万; 一万到四万斤 keeps its own.
            var multiplier = lower.Multiplier.Length > 0 ? MeasureWords.MultiplierValue(lower.Multiplier) : MeasureWords.MultiplierValue(upper.Multiplier);
            value = lower.Value * multiplier / MeasureWords.MultiplierValue(upper.Multiplier);
        }
        else if (lower.Unit.Substring(lower.Multiplier.Length) == upperBase)
        {
            value = lower.Value * MeasureWords.MultiplierValue(lower.Multiplier) / MeasureWords.MultiplierValue(upper.Multiplier);
        }
        else
        {
            return false;
        }

        if (value >= upper.Value)
        {
            return false;
        }

        range = upper with { Start = start, Value = value, UpperValue = upper.Value };
        return true;
    }

    private static bool ReadBareLowerEnd(string text, int start, out RangeLowerEnd lower)
    {
        lower = default;
        if (start >= text.Length || !NumberScanner.IsNumberStart(text[start]) || !FigureReader.MayStartAt(text, start))
        {
            return false;
        }

        var arabic = Hanzi.IsDigit(text[start]);
        var end = arabic ? NumberScanner.ScanArabic(text, start) : NumberScanner.ScanChinese(text, start);
        var number = text.Substring(start, end - start);
        var multiplierStart = number.Length;
        if (arabic)
        {
            while (end < text.Length && MeasureWords.IsMultiplier(text[end]))
            {
                end++;
            }

            number = text.Substring(start, end - start);
        }

        while (multiplierStart > 1 && MeasureWords.IsMultiplier(number[multiplierStart - 1]))
        {
            multiplierStart--;
        }

        if (!ChineseNumber.TryParse(number.Substring(0, multiplierStart), out var value))
        {
            return false;
        }

        lower = new RangeLowerEnd(end, value, number.Substring(multiplierStart), null);
        return true;
    }

    private static bool ReadLowerFigure(string text, int start, out RangeLowerEnd lower)
    {
        lower = default;
        if (!FigureReader.TryRead(text, start, out var figure) || figure.Unit == figure.Multiplier || !FigureExclusions.IsFigureInRange(figure))
        {
            return false;
        }

        lower = new RangeLowerEnd(figure.End, figure.Value, figure.Multiplier, figure.Unit);
        return true;
    }
}
