using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Lines that can only open a piece of their own, wherever they stand on the page: the title of a photo piece, which
/// carries the page's picture note （图片）/（附图片2张）, and a standing title (图片新闻, 明天气象预报（…）, 致读者).
/// Every pattern is bounded so matching stays linear in the line's length.
/// </summary>
internal static class PieceOpeners
{
    /// <summary>Longest title of a standing piece, its bracketed date included.</summary>
    private const int MaxLabelLine = 40;

    /// <summary>（图片）, （附图片３张）, （附图片）, perhaps followed by an artwork note （某某画）.</summary>
    private static readonly Regex PhotoNoteRegex = new(
        "[（(]\\s*附?(?:图片|照片)(?:[0-9０-９一二三四五六七八九十]{1,2}张)?\\s*[）)](?:[（(][^（）()]{1,16}[）)])?[\\s\\u3000]*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex PieceLabelRegex = new(
        "^[^（）()。，！？]{0,4}(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.PieceLabels) + ")[\\s\\u3000]*(?:[（(][^（）()]{1,30}[）)])?[\\s\\u3000]*$",
        RegexOptions.CultureInvariant);

    /// <summary>迎春（中国画）, 山村（速写）（王建国）: a title, its medium in brackets, perhaps its maker's note.</summary>
    private static readonly Regex ArtworkTitleRegex = new(
        "^(?<title>[^（）()。，！？]{1,30}?)[（(](?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ArtworkMedia) + ")[）)](?:[（(][^（）()]{1,16}[）)])?[\\s\\u3000]*$",
        RegexOptions.CultureInvariant);

    /// <summary>A title and its subtitle joined by a dash (山村的春天——记某县的绿化), or a title that names its part ((上), (之二)).</summary>
    private static readonly Regex FeatureTitleRegex = new(
        "^(?:[^，,。！？：:；;—－]{4,40}[—－]{2,4}[^。—－]{2,60}|[^。]{2,60}[（(](?:上|中|下|上篇|中篇|下篇|之[一二三四五六七八九十]{1,2})[）)])$",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// The headline of a feature or a serial, which a page never prints as a crosshead inside a piece: a title and its
    /// subtitle on one line joined by a dash (山村的春天——记某县的绿化), or a title naming its part (调整中的老街（上）).
    /// "记者手记——" and "张三——某厂厂长" are not: the title before the dash is too short or the line is a clause.
    /// </summary>
    public static bool IsFeatureTitle(string line)
    {
        var trimmed = line.Trim();
        return FeatureTitleRegex.IsMatch(trimmed) && IsTitleText(trimmed) && !StartsNumbered(trimmed);
    }

    /// <summary>
    /// The title of an artwork printed as a piece of its own: a title, its medium in brackets (迎春（中国画）), perhaps its
    /// maker's note after it. An item numbered in a gallery (２、迎春（中国画）) is not: the gallery is the piece.
    /// </summary>
    public static bool IsArtworkTitle(string line)
    {
        var match = ArtworkTitleRegex.Match(line.Trim());
        return match.Success && IsTitleText(match.Groups["title"].Value) && !StartsNumbered(match.Groups["title"].Value);
    }

    /// <summary>Where a title's picture note starts (挂起红灯迎新年（图片） → at （图片）), or -1.</summary>
    public static int PhotoNoteStart(string line)
    {
        var match = PhotoNoteRegex.Match(line);
        return match.Success && match.Index > 0 && IsTitleText(line.Substring(0, match.Index)) ? match.Index : -1;
    }

    /// <summary>A standing title (图片新闻, 明天气象预报（1月4日20时—5日20时）, 致读者).</summary>
    public static bool IsPieceLabel(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= MaxLabelLine && PieceLabelRegex.IsMatch(trimmed);
    }

    /// <summary>The line opens a piece: a photo piece's title or a standing title.</summary>
    public static bool Opens(string line) => PhotoNoteStart(line) >= 0 || IsPieceLabel(line) || IsArtworkTitle(line) || IsFeatureTitle(line);

    private static bool StartsNumbered(string title)
    {
        var i = 0;
        while (i < title.Length && (char.IsDigit(title[i]) || "一二三四五六七八九十".IndexOf(title[i]) >= 0))
        {
            i++;
        }

        return i > 0 && i < title.Length && "、．.，,)）".IndexOf(title[i]) >= 0;
    }

    /// <summary>Text before a picture note that can be a title: short, with no finished sentence in it.</summary>
    private static bool IsTitleText(string text)
    {
        text = text.Trim();
        return text.Length > 0 && text.Length <= LineShapes.MaxHeadingLength && text.IndexOf('。') < 0 && !Hanzi.EndsSentence(text) && Hanzi.CountHanzi(text) > 0;
    }
}
