using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// A number with its unit as read at one position, before the rules of <see cref="FigureExclusions"/> decide whether
/// it is a figure: text[Start, End), the number as written, whether in digits, its multiplier (万, 亿) and unit.
/// </summary>
internal readonly record struct FigureCandidate(
    string Text, int Start, int End, string NumberText, bool Arabic, string Multiplier, string Unit, decimal Value, string? Qualifier);

/// <summary>Reads a number and its unit at a position: 1.2万元, 三十多万亩, 百分之二十七点四, 5千克.</summary>
internal static class FigureReader
{
    /// <summary>A number and a unit at <paramref name="start"/>, or false when none starts there.</summary>
    public static bool TryRead(string text, int start, out FigureCandidate candidate)
    {
        candidate = default;
        var percent = string.CompareOrdinal(text, start, PercentPrefix, 0, PercentPrefix.Length) == 0;
        var numberStart = percent ? start + PercentPrefix.Length : start;
        if (numberStart >= text.Length || !NumberScanner.IsNumberStart(text[numberStart]))
        {
            return false;
        }

        // Never from the middle of a word or number: 第二, A3, the 4 of 34.
        if (start > 0 && (text[start - 1] == Ordinal || (char.IsLetterOrDigit(text[start - 1]) && text[start - 1] < 128) || Hanzi.IsDigit(text[start - 1])))
        {
            return false;
        }

        var arabic = Hanzi.IsDigit(text[numberStart]);
        var k = arabic ? NumberScanner.ScanArabic(text, numberStart) : NumberScanner.ScanChinese(text, numberStart);
        var numberText = text.Substring(numberStart, k - numberStart);

        string multiplier;
        if (arabic)
        {
            var m = k;
            while (m < text.Length && (MeasureWords.IsMultiplier(text[m]) || (m == k && text[m] == Kilo && m + 1 < text.Length && IsKiloUnit(MeasureWords.MatchUnit(text, m + 1)))))
            {
                m++;
            }

            multiplier = text.Substring(k, m - k);
            k = m;
        }
        else
        {
            var cut = numberText.Length;
            while (cut > 1 && MeasureWords.IsMultiplier(numberText[cut - 1]))
            {
                cut--;
            }

            multiplier = numberText.Substring(cut);
            numberText = numberText.Substring(0, cut);
        }

        var digitsOnly = numberText.Replace("、", string.Empty);
        if (!ChineseNumber.TryParse(digitsOnly, out var value))
        {
            return false;
        }

        string? qualifier = null;
        var unitStart = k;
        if (k < text.Length && MoreThan.IndexOf(text[k]) >= 0 || (k < text.Length && text[k] == About && !arabic && k + 1 < text.Length && MeasureWords.MatchUnit(text, k + 1) is not null))
        {
            qualifier = text[k].ToString();
            unitStart = k + 1;

            // 三十多万亩: the multiplier comes after the qualifier.
            while (unitStart < text.Length && MeasureWords.IsMultiplier(text[unitStart]))
            {
                multiplier += text[unitStart];
                unitStart++;
            }
        }

        string unit;
        int end;
        if (percent)
        {
            unit = Percent;
            end = k;
        }
        else
        {
            var word = MeasureWords.MatchUnit(text, unitStart);
            if (word is null)
            {
                if (multiplier.Length == 0)
                {
                    return false;
                }

                unit = multiplier;
                end = unitStart;
            }
            else
            {
                unit = multiplier + word;
                end = unitStart + word.Length;
            }
        }

        candidate = new FigureCandidate(text, start, end, numberText, arabic, multiplier, unit, value, qualifier);
        return true;
    }

    /// <summary>The qualifier printed before a figure (近3000人 gives 近), or null; 达 stops the search but is not one.</summary>
    public static string? LeadingQualifier(string text, int start)
    {
        var q = LeadingQualifiers.MatchEndingAt(text, start);
        return q == Reaching ? null : q;
    }

    private static bool IsKiloUnit(string? unit)
    {
        foreach (var kilo in KiloUnits)
        {
            if (unit == kilo)
            {
                return true;
            }
        }

        return false;
    }
}
