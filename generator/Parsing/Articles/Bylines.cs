using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Reads author names out of a byline: 【记者 张三 通讯员 李四】, □融媒记者 王五, (张三), 本报评论员.</summary>
internal static class Bylines
{
    private static readonly System.Text.RegularExpressions.Regex PhotographerRegex = new(
        "(?<run>[\\u4E00-\\u9FFF]{2,12})(?:摄影|摄)(?:[（(][^（）()]{1,12}[）)])?\\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex ArtworkNoteRegex = new(
        "^[（(](?<run>[\\u4E00-\\u9FFF]{2,12})(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ArtworkSuffixes) + ")[）)]$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex DatelineBylineRegex = new(
        "\\G[\\s\\u3000]*(?:[（(](?<inner>[^（）()]{1,40})[）)]|(?<inner>[\\u4E00-\\u9FFF]{2,4}(?:、[\\u4E00-\\u9FFF]{2,4}){0,4})报道[:：]|(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.NewsAgencies.Concat(LayoutVocabulary.ReporterRanks)) + ")?(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.ReporterRoles) + ")[\\s\\u3000]*(?<reporter>[\\u4E00-\\u9FFF]))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The role words, also when letter-spaced for layout (■通 讯 员 王成虎).</summary>
    private static readonly System.Text.RegularExpressions.Regex SpacedRoles = new(
        LayoutVocabulary.SpacedAlternation(LayoutVocabulary.BylineRoles, "[ \\u3000]?"),
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly char[] Separators = { ' ', '\u3000', '、', '，', ',', '：', ':', '\t', '/', '／' };

    /// <summary>The names of a byline joined by 、, or the signature itself when it names nobody (本报评论员).</summary>
    public static (string Byline, List<string> Names) Read(string text)
    {
        text = PageFurniture.WithoutPageStamp(text);
        var cleaned = text.Trim('□', '■', '●', '◆', '▲', '◇', '○', '【', '】', '（', '）', '(', ')', '[', ']', ' ', '\u3000', '|', '｜');
        cleaned = SpacedRoles.Replace(cleaned, " ");

        var parts = new List<string>();
        foreach (var part in cleaned.Split(Separators, System.StringSplitOptions.RemoveEmptyEntries))
        {
            // 本报驻南京记者: a posting, not a name; 本报驻南京记者王立新: a title and a name, the name read.
            if (part.Length > 4 && TitledNames.NameAfterTitle(part) is { } titled)
            {
                parts.Add(titled);
            }
            else if (Hanzi.CountHanzi(part) == part.Replace("·", string.Empty).Length && part.Length <= 6 && part[0] != '驻')
            {
                parts.Add(part);
            }
            else
            {
                // Anything else (a paper's name with a date, a URL) ends the run of names.
                parts.Add(string.Empty);
            }
        }

        var names = new List<string>();
        var photographer = PhotographerRegex.Match(text);
        if (!photographer.Success)
        {
            // （王建国画）: the artist's note names the artist the way 摄 names the photographer.
            photographer = ArtworkNoteRegex.Match(text);
        }

        if (photographer.Success)
        {
            // 以上图片均为张明摄: the name is what stands right before 摄.
            var run = photographer.Groups["run"].Value;
            var tail = run.Length >= 3 && NameLexicon.IsSurnameAt(run, run.Length - 3, out _) ? 3 : 2;
            names.Add(run.Substring(run.Length - tail));

            // （张明　李华摄）: the names spaced before the photographer's stay; the part that holds 摄 is read.
            var last = parts.FindLastIndex(part => part.IndexOf('摄') >= 0);
            parts.RemoveRange(last < 0 ? 0 : last, last < 0 ? parts.Count : parts.Count - last);
        }

        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Length == 1 && i + 1 < parts.Count && parts[i + 1].Length == 1)
            {
                // Two one-character halves spaced out for layout (颜  珂) are one name.
                names.Add(part + parts[++i]);
            }
            else if (part.Length >= 2 && part.Length <= 4 && (NameLexicon.IsSurnameAt(part, 0, out _) || (parts.Count == 1 && text.Contains("整理")))
                && !NameLexicon.IsCommonWord(part))
            {
                names.Add(part);
            }
            else if (part.Length == 6 && NameLexicon.IsSurnameAt(part, 0, out var first) && first == 1 && NameLexicon.IsSurnameAt(part, 3, out var second) && second == 1)
            {
                // 记者金朝力王蔓蕾: two three-character names run together.
                names.Add(part.Substring(0, 3));
                names.Add(part.Substring(3));
            }
        }

        var signature = text.Trim('□', '■', '●', '◆', '▲', '◇', '○', '【', '】', '（', '）', '(', ')', ' ', '\u3000');
        return (names.Count > 0 ? string.Join("、", names) : signature, names);
    }

    /// <summary>
    /// The reporters a lead names right after its dateline: 本报讯（记者 张三 李四）, 本报讯(商 闻), 本报北京5月3日讯记者王明今天….
    /// </summary>
    public static List<string> ReadAfterDateline(string lead, int datelineEnd)
    {
        var match = DatelineBylineRegex.Match(lead, datelineEnd);
        if (match.Success && match.Groups["inner"].Success && LooksLikeNames(match.Groups["inner"].Value))
        {
            return Read(match.Groups["inner"].Value).Names;
        }

        if (match.Success && match.Groups["reporter"].Success)
        {
            var at = match.Groups["reporter"].Index;
            var length = PersonNames.LengthAt(lead, at);
            if (length > 0)
            {
                return new List<string> { lead.Substring(at, length) };
            }
        }

        return new List<string>();
    }

    /// <summary>A short line of nothing but names (张慧君 顾 辉): the signature at an article's end.</summary>
    public static bool IsNamesOnly(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > 24)
        {
            return false;
        }

        var hanzi = 0;
        foreach (var c in trimmed)
        {
            if (Hanzi.IsHanzi(c))
            {
                hanzi++;
            }
            else if (!char.IsWhiteSpace(c) && c != '、')
            {
                return false;
            }
        }

        var names = Read(trimmed).Names;
        var named = 0;
        foreach (var name in names)
        {
            named += name.Length;
        }

        return names.Count > 0 && named == hanzi && (names.Count > 1 || trimmed.IndexOf(' ') >= 0 || trimmed.IndexOf('\u3000') >= 0);
    }

    /// <summary>True when a bracketed run reads as author names, not as an aside like (扩大) or (县).</summary>
    public static bool LooksLikeNames(string inner)
    {
        var (_, names) = Read(inner);
        if (names.Count == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name.Length > 4)
            {
                return false;
            }
        }

        return inner.Contains("记者") || inner.Contains("通讯员") || inner.Contains("整理") || names.Count > 1 || NameLexicon.IsSurnameAt(names[0], 0, out _);
    }
}
