using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// A line that is nothing but a place (韩国, 江西, 某某市) under running text: the label of the next part of a round-up
/// (how each country took the crisis, what each province did for the holiday), never the headline of a piece of its
/// own - a headline says what happened, a place alone does not.
/// </summary>
internal static class PlaceLabels
{
    /// <summary>Longest place label read (a province or city with its suffix).</summary>
    private const int MaxLength = 6;

    /// <summary>Suffixes of a Chinese administrative division a bare place label may end with (GB/T 2260).</summary>
    private const string DivisionSuffixes = "省市县";

    /// <summary>"韩国", "江西", "某某市" yes; "江西新闻", "大雪" no.</summary>
    public static bool IsPlaceLabel(string line)
    {
        var text = line.Trim();
        if (text.Length < 2 || text.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Hanzi.IsHanzi(c))
            {
                return false;
            }
        }

        return ForeignNameVocabulary.Places.IsWord(text, 0, text.Length)
            || (text.Length >= 3 && text.Length <= 5 && DivisionSuffixes.IndexOf(text[text.Length - 1]) >= 0);
    }

    /// <summary>Every line from <paramref name="from"/> up to <paramref name="to"/> is a place label.</summary>
    public static bool AllPlaceLabels(System.Collections.Generic.IReadOnlyList<SeedLine> lines, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsPlaceLabel(lines[k].Content))
            {
                return false;
            }
        }

        return true;
    }
}
