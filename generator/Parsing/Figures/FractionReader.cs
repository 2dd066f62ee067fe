using System;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>Reads the figures that are parts of a whole: a fraction written out (三分之一) and 半 before a unit (半年, 半数).</summary>
internal static class FractionReader
{
    /// <summary>A fraction's value keeps four decimals (三分之一 is 0.3333), as the gold writes it.</summary>
    private const int FractionDecimals = 4;

    private const decimal HalfValue = 0.5m;

    public static bool TryRead(string text, int start, out FigureCandidate candidate)
    {
        candidate = default;
        return text[start] == Half ? TryReadHalf(text, start, out candidate) : TryReadFraction(text, start, out candidate);
    }

    /// <summary>三分之一, 10分之3: the denominator, 分之, the numerator.</summary>
    private static bool TryReadFraction(string text, int start, out FigureCandidate candidate)
    {
        candidate = default;
        if (!NumberScanner.IsNumberStart(text[start]))
        {
            return false;
        }

        var arabic = Hanzi.IsDigit(text[start]);
        var k = arabic ? NumberScanner.ScanArabic(text, start) : NumberScanner.ScanChinese(text, start);
        if (string.CompareOrdinal(text, k, FractionMark, 0, FractionMark.Length) != 0)
        {
            return false;
        }

        var numeratorStart = k + FractionMark.Length;
        if (numeratorStart >= text.Length || !NumberScanner.IsNumberStart(text[numeratorStart]))
        {
            return false;
        }

        var end = Hanzi.IsDigit(text[numeratorStart]) ? NumberScanner.ScanArabic(text, numeratorStart) : NumberScanner.ScanChinese(text, numeratorStart);
        if (!ChineseNumber.TryParse(text.Substring(start, k - start), out var denominator) || denominator == 0
            || !ChineseNumber.TryParse(text.Substring(numeratorStart, end - numeratorStart), out var numerator))
        {
            return false;
        }

        var value = Math.Round(numerator / denominator, FractionDecimals, MidpointRounding.AwayFromZero);
        candidate = new FigureCandidate(text, start, end, text.Substring(start, end - start), arabic, string.Empty, Fraction, value, null);
        return true;
    }

    /// <summary>半年, 半个月, 半亩: half of a unit; 半数: half of a whole. Not the 半 of 大半, 一半, 两个半.</summary>
    private static bool TryReadHalf(string text, int start, out FigureCandidate candidate)
    {
        candidate = default;
        if (start > 0 && (NotHalfBefore.IndexOf(text[start - 1]) >= 0 || Units.EndsAt(text, start) || NumberScanner.IsNumeral(text[start - 1])))
        {
            return false;
        }

        if (string.CompareOrdinal(text, start, HalfOfAll, 0, HalfOfAll.Length) == 0)
        {
            candidate = new FigureCandidate(text, start, start + HalfOfAll.Length, Half.ToString(), false, string.Empty, Fraction, HalfValue, null);
            return true;
        }

        var unit = MeasureWords.MatchUnit(text, start + 1);
        if (unit is null || !IsHalvable(unit))
        {
            return false;
        }

        candidate = new FigureCandidate(text, start, start + 1 + unit.Length, Half.ToString(), false, string.Empty, unit, HalfValue, null);
        return true;
    }

    private static bool IsHalvable(string unit) =>
        Array.IndexOf(Durations, unit) >= 0 || Array.IndexOf(LengthsAndAreas, unit) >= 0 || Array.IndexOf(MassesAndVolumes, unit) >= 0
        || Array.IndexOf(Currencies, unit) >= 0 || Array.IndexOf(HalfClassifiers, unit) >= 0;
}
