using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// A number with its unit as read at one position, before the rules of <see cref="FigureExclusions"/> decide whether
/// it is a figure: text[Start, End), the number as written, whether in digits, its multiplier (万, 亿) and unit.
/// A range (3至14天) is one candidate from its lower end to its unit: Value is the lower end, UpperValue the upper one.
/// </summary>
internal readonly record struct FigureCandidate(
    string Text, int Start, int End, string NumberText, bool Arabic, string Multiplier, string Unit, decimal Value, string? Qualifier, decimal? UpperValue = null);

/// <summary>Reads a number and its unit at a position: 1.2万元, 三十多万亩, 百分之二十七点四, 5千克.</summary>
internal static class FigureReader
{
    private static readonly char[] MultiplierCharacters = Multipliers.ToCharArray();

    /// <summary>A number and a unit at <paramref name="start"/>, or false when none starts there.</summary>
    public static bool TryRead(string text, int start, out FigureCandidate candidate)
    {
        candidate = default;

        if (!MayStartAt(text, start))
        {
            return false;
        }

        if (FractionReader.TryRead(text, start, out candidate))
        {
            return true;
        }

        var prefix = PartsPrefixes.MatchAt(text, start);
        var percent = prefix is not null;
        var numberStart = percent ? start + prefix!.Length : start;
        if (numberStart >= text.Length)
        {
            return false;
        }

        // 千余件, 近万名, 百亿元: a bare order of magnitude counts only when the text marks it as an amount (checked below).
        var bare = !NumberScanner.IsNumberStart(text[numberStart]);
        if (bare && (percent || BareMagnitudes.IndexOf(text[numberStart]) < 0))
        {
            return false;
        }

        var arabic = Hanzi.IsDigit(text[numberStart]);
        var bareMultiplier = MeasureWords.IsMultiplier(text[numberStart]);
        var k = arabic || bareMultiplier ? (bareMultiplier ? numberStart : NumberScanner.ScanArabic(text, numberStart)) : NumberScanner.ScanChinese(text, numberStart);
        var numberText = bareMultiplier ? text.Substring(numberStart, 1) : text.Substring(numberStart, k - numberStart);

        string multiplier;
        if (arabic || bareMultiplier)
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
        decimal value = 1;
        if (!bareMultiplier && !ChineseNumber.TryParse(digitsOnly, out value))
        {
            return false;
        }

        string? qualifier = null;
        var unitStart = k;
        if (k < text.Length && MoreThan.IndexOf(text[k]) >= 0 || (k < text.Length && text[k] == About && k + 1 < text.Length && MeasureWords.MatchUnit(text, k + 1) is not null))
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
            unit = PartsUnit(prefix!);
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
                (unit, end) = WithRateDenominator(text, unit, end);
            }
        }

        // A bare 百/千/万 is an amount when a qualifier marks it (近千名, 千余件, 千斤以上), a multiplier follows it before a
        // unit (百亿元) or it counts people, households or years of age (百名代表, 千户企业, 百岁老人); alone it is a word
        // (千里, 万家灯火), and 千百万, 千千万万 are ways of saying "many".
        if (bare && (numberText.Length > 1 || unit == multiplier
            || (qualifier is null && (multiplier.Length == 0 || bareMultiplier) && BareMagnitudeLeads.MatchEndingAt(text, start) is null && !TrailingQualifiers.StartsAt(text, end)
                && System.Array.IndexOf(BareMagnitudeCounts, unit.TrimStart(MultiplierCharacters)) < 0)))
        {
            return false;
        }

        candidate = new FigureCandidate(text, start, end, numberText, arabic, multiplier, unit, value, qualifier);
        return true;
    }

    /// <summary>Never from the middle of a word or number: 第二, A3, the 4 of 34.</summary>
    public static bool MayStartAt(string text, int start) =>
        start == 0 || !(text[start - 1] == Ordinal || (char.IsLetterOrDigit(text[start - 1]) && text[start - 1] < 128) || Hanzi.IsDigit(text[start - 1]));

    /// <summary>The qualifier printed before a figure (近3000人 gives 近), or null; 达 stops the search but is not one.</summary>
    public static string? LeadingQualifier(string text, int start)
    {
        var q = LeadingQualifiers.MatchEndingAt(text, start);
        return q == Reaching ? null : q;
    }

    /// <summary>
    /// A rate's unit goes on over its slash to the unit it is per (2000元/平方米, 50公里/小时, 3万吨/日): the figure is the
    /// rate, not an amount of its numerator.
    /// </summary>
    private static (string Unit, int End) WithRateDenominator(string text, string unit, int end)
    {
        if (end + 1 >= text.Length || RateMarks.IndexOf(text[end]) < 0)
        {
            return (unit, end);
        }

        var per = MeasureWords.MatchUnit(text, end + 1) ?? RateTimeWords.MatchAt(text, end + 1);
        return per is null ? (unit, end) : (unit + text[end] + per, end + 1 + per.Length);
    }

    /// <summary>The sign of parts written out: % for 百分之, ‰ for 千分之, ‱ for 万分之.</summary>
    private static string PartsUnit(string prefix) => prefix == PerMillePrefix ? PerMille : prefix == PerTenThousandPrefix ? PerTenThousand : Percent;

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
