using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// The shapes lines take on a page of the genre: datelines, bylines, continuation marks, headline lines
/// and page furniture. Every pattern is bounded so matching stays linear in the line's length.
/// </summary>
internal static class LineShapes
{
    /// <summary>Longest line still read as a headline or deck line.</summary>
    public const int MaxHeadingLength = 120;

    /// <summary>Marks that open a summary point or a brief (■ 会议指出…, ●8月2日…).</summary>
    public const string PointMarks = "■□◆◇●▲▼★☆";

    /// <summary>True when the text opens with a point or brief mark.</summary>
    public static bool IsPoint(string text) => text.Length > 0 && PointMarks.IndexOf(text[0]) >= 0;

    private const string Date = Dates.DateVocabulary.MonthDay;
    private const string Place = "[^\\s，,。：:；;、（）()【】]{0,10}?";

    // 本报…讯 is a dispatch, but 本报通讯员 is a reporter's title (讯 then 员).
    private static readonly Regex DatelineRegex = new(
        "^(?:[【\\[]\\s*)?(?<token>本报讯|本报" + Place + "(?:" + Date + ")?(?:电|讯(?!员))|[\\u4E00-\\u9FFF]{1,6}(?:日报|晚报|商报|时报|报)讯" +
        "|(?:新华社|中新社|人民网|新华网|中新网|央视网|光明网|中国新闻网|央广网)(?:记者)?" + Place + "(?:" + Date + ")?(?:电|讯)" +
        "|据新华社" + Place + "(?:电|报道))(?:\\s*[】\\]])?" +
        "(?:[ \\t\\u3000]*(?<date>" + Date + "))?",
        RegexOptions.CultureInvariant);

    private static readonly Regex ContinuedOnRegex = new(
        "(?:[（(【\\[]\\s*)?(?:下转|转至|转)\\s*第?\\s*(?<page>[0-9０-９一二三四五六七八九十A-Za-z]{1,4})\\s*版(?:\\s*[）)】\\]]|\\s*[>＞》»]{1,4})?\\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex ContinuedFromRegex = new(
        "^(?:[（(【\\[]\\s*)?(?:上接|接)\\s*第?\\s*(?<page>[0-9０-９一二三四五六七八九十A-Za-z]{1,4})\\s*版(?:\\s*[）)】\\]])?",
        RegexOptions.CultureInvariant);

    private static readonly Regex BylineLineRegex = new(
        "^(?:[□■●◆▲◇○]\\s*)?(?:[【（(\\[]\\s*)?(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.CommentarySignatures) + "|(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ReporterRanks) + ")?(?:" + LayoutVocabulary.SpacedAlternation(LayoutVocabulary.ReporterRoles, "\\s?") + ")|文/|文／|撰文|作者[:：]?)",
        RegexOptions.CultureInvariant);

    private static readonly Regex CreditLineRegex = new(
        "^[（(【\\[]?\\s*(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.CreditLabels) + ")\\s*[:：/／]",
        RegexOptions.CultureInvariant);

    private static readonly Regex CreditSuffixRegex = new(
        "^[（(]?[\\u4E00-\\u9FFF·、\\s]{2,30}(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.CreditSuffixes) + ")[）)]?(?:[（(][^（）()]{1,12}[）)])?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex SpacedSignatureRegex = new(
        "^\\S.{1,60}?[\\s\\u3000]+(?<name>[\\u4E00-\\u9FFF][\\s\\u3000]+[\\u4E00-\\u9FFF])[\\s\\u3000]*[|｜]?[\\s\\u3000]*$",
        RegexOptions.CultureInvariant);

    /// <summary>（王建国画）, （李春华书）: the note naming the artist of a drawing or a piece of calligraphy, always in brackets.</summary>
    private static readonly Regex ArtworkNoteRegex = new(
        "^[（(][\\u4E00-\\u9FFF·、\\s]{2,12}(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ArtworkSuffixes) + ")[）)]$",
        RegexOptions.CultureInvariant);

    private static readonly Regex PictureLabelRegex = new(
        "^[（(]\\s*(?:资料图片|资料照片|资料图|图片|照片|视频截图|视频)\\s*[）)]$",
        RegexOptions.CultureInvariant);

    private static readonly Regex TrailingBylineRegex = new(
        "[（(]\\s*(?<inner>[\\u4E00-\\u9FFF·][\\u4E00-\\u9FFF·\\s\\u3000、，,:：/／]{1,60})[）)]\\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>本报记者 张三 李四 run on after the last sentence, with no brackets.</summary>
    private static readonly Regex TrailingRoleBylineRegex = new(
        "(?<inner>(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ReporterRanks) + ")?(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ReporterRoles) + ")[\\s\\u3000:：]*[\\u4E00-\\u9FFF·][\\u4E00-\\u9FFF·\\s\\u3000、，,]{1,30})\\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex[] TrailingBylineShapes = { TrailingBylineRegex, TrailingRoleBylineRegex };

    /// <summary>A line that opens an article's lead with a dateline (本报讯, 新华社北京9月3日电, 【本报讯】).</summary>
    public static bool TryDateline(string line, out string dateline, out string? date)
    {
        var match = DatelineRegex.Match(line);
        if (!match.Success)
        {
            dateline = string.Empty;
            date = null;
            return false;
        }

        dateline = match.Value.TrimEnd();
        var dateGroup = match.Groups["date"];
        if (dateGroup.Success)
        {
            date = dateGroup.Value;
        }
        else
        {
            var inner = Regex.Match(match.Groups["token"].Value, Date, RegexOptions.CultureInvariant);
            date = inner.Success ? inner.Value : null;
        }

        return true;
    }

    /// <summary>A continuation mark at the end of a line (下转第4版>>>): the page it continues on, and where the mark starts.</summary>
    public static bool TryContinuedOn(string line, out int markStart, out PageLabel? page)
    {
        var match = ContinuedOnRegex.Match(line);
        if (!match.Success || (match.Value.TrimStart().StartsWith("转", System.StringComparison.Ordinal) && !IsBracketedOrAlone(line, match)))
        {
            markStart = -1;
            page = null;
            return false;
        }

        markStart = match.Index;
        page = PageNumbers.Parse(match.Groups["page"].Value);
        return true;
    }

    /// <summary>A continuation mark at the start of a line (上接第1版).</summary>
    public static bool TryContinuedFrom(string line, out int markLength, out PageLabel? page)
    {
        var match = ContinuedFromRegex.Match(line);
        if (!match.Success || (line.StartsWith("接", System.StringComparison.Ordinal) && match.Length != line.Length))
        {
            markLength = 0;
            page = null;
            return false;
        }

        markLength = match.Length;
        page = PageNumbers.Parse(match.Groups["page"].Value);
        return true;
    }

    /// <summary>A line that holds only a byline or signature (本报评论员, □融媒记者 张三, 【记者 李四】), perhaps with a page stamp after it.</summary>
    public static bool IsBylineLine(string line)
    {
        line = PageFurniture.WithoutPageStamp(line).Trim();
        return line.Length <= 60 && (BylineLineRegex.IsMatch(line) || Bylines.IsNamesOnly(line)) && line.IndexOf('。') < 0 && !TryDateline(line, out _, out _);
    }

    /// <summary>A credit for a picture, chart or data (制图：张三, 摄影/李四, 数据来源：…, 王五摄, （赵六参与采写）): not a byline, but it names people.</summary>
    public static bool IsCreditLine(string line)
    {
        line = PageFurniture.WithoutPageStamp(line).Trim();
        return line.Length <= 60 && line.IndexOf('。') < 0 && (CreditLineRegex.IsMatch(line) || CreditSuffixRegex.IsMatch(line) || PictureLabelRegex.IsMatch(line)
            || ArtworkNoteRegex.IsMatch(line));
    }

    /// <summary>A headline line ending in a pen name spaced out for layout (回应民众的期盼 敏 凯 |): where the name starts.</summary>
    public static bool TrySpacedSignature(string line, out int start)
    {
        var match = SpacedSignatureRegex.Match(line);
        start = match.Success ? match.Groups["name"].Index : -1;
        return match.Success;
    }

    /// <summary>A byline closing the last paragraph: (张三), （记者 张三 通讯员 李四）.</summary>
    public static bool TryTrailingByline(string paragraph, out int start, out string inner)
    {
        foreach (var regex in TrailingBylineShapes)
        {
            var match = regex.Match(paragraph);
            if (!match.Success)
            {
                continue;
            }

            var before = paragraph.Substring(0, match.Index).Trim();
            var alone = before.Length == 0 && regex == TrailingBylineRegex;
            if ((alone || (before.Length > 0 && Hanzi.EndsSentence(before))) && Bylines.LooksLikeNames(match.Groups["inner"].Value))
            {
                start = match.Index;
                inner = match.Groups["inner"].Value;
                return true;
            }
        }

        start = -1;
        inner = string.Empty;
        return false;
    }

    /// <summary>Site and page furniture: publication stamps, editors, navigation, page labels.</summary>
    public static bool IsFurniture(string line) => PageFurniture.IsFurniture(line);

    /// <summary>A line that can stand in a headline block: short and not a finished sentence.</summary>
    public static bool IsHeadingLike(string line) =>
        line.Length <= MaxHeadingLength && !Hanzi.EndsSentence(line) && line.IndexOf('。') < 0 && Hanzi.CountHanzi(line) > 0;

    private static bool IsBracketedOrAlone(string line, Match match)
    {
        var value = match.Value.Trim();
        return value.Length == line.Trim().Length || value.StartsWith("(", System.StringComparison.Ordinal) || value.StartsWith("（", System.StringComparison.Ordinal);
    }
}
