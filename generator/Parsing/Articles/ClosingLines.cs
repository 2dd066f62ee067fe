using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// What closes a piece at the end of its last line, after its last sentence: a closing dateline （新华社北京1月13日电）,
/// which is the piece's dateline, or a bracketed note naming its source, author or picture （新华社发美联社照片）,
/// （均据新华社）, （作者为某厂厂长）. The line after such a close starts something else: it is never the next piece's
/// headline. Every pattern is bounded so matching stays linear in the line's length.
/// </summary>
internal static class ClosingLines
{
    private static readonly Regex TrailingNoteRegex = new(
        "[（(](?<inner>[^（）()\\r\\n]{2,40})[）)][\\s\\u3000]*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    private static readonly Regex NoteWordRegex = new(
        LayoutVocabulary.Alternation(LayoutVocabulary.ClosingNoteWords), RegexOptions.CultureInvariant);

    /// <summary>
    /// A line that signs a piece off after its text: the date of a letter or statement (1998年1月), an editor's
    /// signature after a dash (———编者), a pen name or a unit and a name in brackets alone on the line （王建国）.
    /// </summary>
    private static readonly Regex SignOffRegex = new(
        "^(?:[0-9０-９〇○零一二三四五六七八九]{4}年[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?" +
        "|[—－-]{2,}[\\s\\u3000]*[\\u4E00-\\u9FFF]{1,10}|[（(][\\u4E00-\\u9FFF·\\s\\u3000]{2,16}[）)])$",
        RegexOptions.CultureInvariant);

    /// <summary>The whole line signs a piece off (a date, ———编者, （王建国）).</summary>
    public static bool IsSignOff(string line) => SignOffRegex.IsMatch(line.Trim());

    /// <summary>
    /// A wire piece's dateline printed at its end (…增加。（新华社北京1月13日电）, or alone on the line after 谢谢！):
    /// where the bracket starts and the dateline inside it.
    /// </summary>
    public static bool TryClosingDateline(string line, out int start, out string dateline, out string? date)
    {
        start = -1;
        dateline = string.Empty;
        date = null;
        var match = TrailingNoteRegex.Match(line);
        if (!match.Success || !ClosesAfterSentence(line, match.Index))
        {
            return false;
        }

        var inner = match.Groups["inner"].Value.Trim();
        if (!LineShapes.TryDateline(inner, out var token, out date) || token.Length < inner.Length - 1)
        {
            return false;
        }

        start = match.Index;
        dateline = inner.StartsWith("据", System.StringComparison.Ordinal) ? inner.Substring(1) : inner;
        return true;
    }

    /// <summary>A bracketed note of source, author or picture, or a writer's place and name, after the last sentence or alone on its line: where it starts, or -1.</summary>
    public static int ClosingNoteStart(string line)
    {
        var match = TrailingNoteRegex.Match(line);
        return match.Success && ClosesAfterSentence(line, match.Index)
            && (NoteWordRegex.IsMatch(match.Groups["inner"].Value) || PlaceSignatures.IsPlaceAndName(match.Groups["inner"].Value)) ? match.Index : -1;
    }

    /// <summary>The note stands alone, after other notes, or after a finished sentence.</summary>
    private static bool ClosesAfterSentence(string line, int noteStart)
    {
        var before = line.Substring(0, noteStart).TrimEnd();
        while (before.EndsWith("）", System.StringComparison.Ordinal) || before.EndsWith(")", System.StringComparison.Ordinal))
        {
            var open = System.Math.Max(before.LastIndexOf('（'), before.LastIndexOf('('));
            if (open < 0)
            {
                break;
            }

            before = before.Substring(0, open).TrimEnd();
        }

        return before.Length == 0 || Hanzi.EndsSentence(before);
    }
}
