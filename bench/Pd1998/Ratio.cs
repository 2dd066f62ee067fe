using System.Globalization;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>A count out of a total, printed as the python scorers print it: 0.874 (123/141).</summary>
internal readonly record struct Ratio(int Count, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Count / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Count + b.Count, a.Total + b.Total);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Count}/{Total})");

    public static string F1(double precision, double recall) =>
        (precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)).ToString("0.000", CultureInfo.InvariantCulture);
}
