using System.Globalization;

namespace NewsContent.Generator.Naming;

/// <summary>Stable ids: the seed's relative path without extension, then the item's kind and position (seeds/page#A1).</summary>
internal static class ContentIds
{
    public static string Article(string relativePath, int number) => Make(relativePath, "A", number);

    public static string Meeting(string relativePath, int number) => Make(relativePath, "M", number);

    public static string Figure(string relativePath, int number) => Make(relativePath, "F", number);

    private static string Make(string relativePath, string kind, int number)
    {
        var dot = relativePath.LastIndexOf('.');
        var stem = dot > relativePath.LastIndexOf('/') ? relativePath.Substring(0, dot) : relativePath;
        return stem + "#" + kind + number.ToString(CultureInfo.InvariantCulture);
    }
}
