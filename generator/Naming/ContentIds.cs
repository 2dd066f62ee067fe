using System.Globalization;

namespace NewsContent.Generator.Naming;

/// <summary>Stable ids: the seed's relative path without extension, then the item's kind and position (seeds/page#A1).</summary>
internal static class ContentIds
{
    public static string Article(string relativePath, int number) => Make(relativePath, "A", number);

    public static string Meeting(string relativePath, int number) => Make(relativePath, "M", number);

    public static string Figure(string relativePath, int number) => Make(relativePath, "F", number);

    /// <summary>A page's id: its seed's relative path without extension, the part every id of its items starts with.</summary>
    public static string Page(string relativePath)
    {
        var dot = relativePath.LastIndexOf('.');
        return dot > relativePath.LastIndexOf('/') ? relativePath.Substring(0, dot) : relativePath;
    }

    private static string Make(string relativePath, string kind, int number) => Page(relativePath) + "#" + kind + number.ToString(CultureInfo.InvariantCulture);
}
