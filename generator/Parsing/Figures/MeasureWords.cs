using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>Units and multipliers of a figure, read from <see cref="FigureVocabulary"/>.</summary>
internal static class MeasureWords
{
    private const decimal TenThousandValue = 10_000;

    private const decimal HundredMillionValue = 100_000_000;

    /// <summary>Multipliers that stay in the unit when they close the number (1.2万元 = 1.2 of 万元).</summary>
    public static bool IsMultiplier(char c) => Multipliers.IndexOf(c) >= 0;

    /// <summary>The value of the multipliers a unit opens with: 万亿元 is 10^12 元.</summary>
    public static decimal MultiplierValue(string unit)
    {
        decimal factor = 1;
        foreach (var c in unit)
        {
            if (TenThousand.IndexOf(c) >= 0)
            {
                factor *= TenThousandValue;
            }
            else if (HundredMillion.IndexOf(c) >= 0)
            {
                factor *= HundredMillionValue;
            }
            else
            {
                break;
            }
        }

        return factor;
    }

    public static string? MatchUnit(string text, int index) => Units.MatchAt(text, index);
}
