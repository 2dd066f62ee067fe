using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// The signature a reader's letter, a commentary or a contributed brief closes with: where the writer lives or works,
/// then the name, in brackets after the last sentence (…不该这样办。（河南某县城关镇王建国）, （江苏某化工厂李春华）).
/// Like an author's bracketed name it signs the piece off; the line after it is the next piece's.
/// </summary>
internal static class PlaceSignatures
{
    /// <summary>Longest signature read: a province, a city, a unit and a name.</summary>
    private const int MaxLength = 24;

    /// <summary>
    /// The inside of the brackets is a place or unit ending in one of <see cref="LayoutVocabulary.PlaceAndUnitEndings"/>,
    /// then a name of two or three letters that opens with a surname: "湖南某县城关镇王建国" yes, "新华社" and
    /// "全文另发" no.
    /// </summary>
    public static bool IsPlaceAndName(string inner)
    {
        inner = inner.Trim();
        if (inner.Length < 5 || inner.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in inner)
        {
            if (!Hanzi.IsHanzi(c))
            {
                return false;
            }
        }

        foreach (var ending in LayoutVocabulary.PlaceAndUnitEndings)
        {
            for (var nameLength = 2; nameLength <= 3; nameLength++)
            {
                var end = inner.Length - nameLength;
                if (end >= ending.Length + 1 && string.CompareOrdinal(inner, end - ending.Length, ending, 0, ending.Length) == 0
                    && NameLexicon.IsSurnameAt(inner, end, out var surname) && surname < nameLength)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
