using System.Globalization;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>Culture-free formatting, so output is the same under fi-FI, tr-TR or ar-SA.</summary>
internal static class Invariant
{
    /// <summary>A decimal without trailing zeros: 12000.0 -> 12000, 36.50 -> 36.5.</summary>
    public static string Format(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
