using System.Text.RegularExpressions;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Lines that go on with a list the piece above began: an item numbered second or later (２、…, 三、…) and a short
/// label ending in a colon (图片：) that introduces the lines under it. A gallery of news photos prints each photo's
/// caption and credit, then the next numbered caption; the credit closes a caption, not the gallery. Neither line
/// ever opens a piece of its own.
/// </summary>
internal static class ListItems
{
    /// <summary>Longest label read as introducing the lines under it (图片：, 附：, 相关链接：).</summary>
    private const int MaxLabelLength = 8;

    /// <summary>２、, 3., 十二、 - not 1、 or 一、 (a first item can open a piece), not a decimal (２．５亿元).</summary>
    private static readonly Regex LaterItemRegex = new(
        "^(?:[2-9２-９]|[1１][0-9０-９]|[二三四五六七八九]|十[一二三四五六七八九]?)(?:、|[．.](?![0-9０-９]))",
        RegexOptions.CultureInvariant);

    /// <summary>"２、江南春早", "２、１月５日，…" and "三、加强管理" yes; "一、总则", "２．５亿元投资到位" no.</summary>
    public static bool IsLaterItem(string line) => LaterItemRegex.IsMatch(line.TrimStart());

    /// <summary>A short label ending in a colon: "图片：" yes; "记者从会上获悉：全市…" no.</summary>
    public static bool Introduces(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed.Length <= MaxLabelLength && (trimmed[trimmed.Length - 1] == '：' || trimmed[trimmed.Length - 1] == ':');
    }

    /// <summary>The line goes on with the piece above it: a later item or an introducing label.</summary>
    public static bool GoesOn(string line) => IsLaterItem(line) || Introduces(line);
}
