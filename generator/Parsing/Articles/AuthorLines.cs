using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// The bare author line a signed piece prints under its title (a name alone, 本报驻某国记者 + a name, a post and a name):
/// the piece's byline, and the mark that the line above it is a title, not a crosshead of the piece before.
/// Every pattern is bounded so matching stays linear in the line's length.
/// </summary>
internal static class AuthorLines
{
    /// <summary>Longest author line: a post, an institution and a name.</summary>
    private const int MaxAuthorLine = 30;

    /// <summary>Longest name read at the end of a line after a post (a compound surname and a two-character given name).</summary>
    private const int LongestName = 4;

    /// <summary>本报驻美国记者, 新华社记者, 本报特约记者: the reporter's role before the names.</summary>
    private static readonly Regex ReporterRegex = new(
        "^(?:(?:本报|本刊|新华社|中新社|[\\u4E00-\\u9FFF]{2,8}(?:报|台|社))(?:驻[\\u4E00-\\u9FFF]{1,8}?)?(?:特约|首席|见习|实习)?(?:记者|通讯员)[\\s\\u3000]*)+",
        RegexOptions.CultureInvariant);

    private static readonly char[] Separators = { ' ', '\u3000', '、' };

    /// <summary>A line of nothing but an author: names, a reporter's role and names, or a post and a name.</summary>
    public static bool IsAuthorLine(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2 || trimmed.Length > MaxAuthorLine || HasProsePunctuation(trimmed))
        {
            return false;
        }

        var reporter = ReporterRegex.Match(trimmed);
        if (reporter.Success && reporter.Length < trimmed.Length)
        {
            return AllNames(trimmed.Substring(reporter.Length)) || IsAuthorLine(trimmed.Substring(reporter.Length));
        }

        return AllNames(trimmed) || EndsWithTitledName(trimmed);
    }

    /// <summary>A line of nothing but names: under a title it is the author; after the last sentence, the signature.</summary>
    public static bool IsNamesLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 2 && trimmed.Length <= MaxAuthorLine && !HasProsePunctuation(trimmed) && AllNames(trimmed);
    }

    /// <summary>Every item of the line is a whole name (王建国, 李春华　张明), or two halves spaced out for layout (何 苗).</summary>
    private static bool AllNames(string text)
    {
        var items = text.Split(Separators, System.StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0)
        {
            return false;
        }

        if (items.Length == 2 && items[0].Length == 1 && items[1].Length == 1)
        {
            return NameLexicon.IsSurnameAt(items[0], 0, out _) && Hanzi.IsHanzi(items[1][0]);
        }

        foreach (var item in items)
        {
            if (item.Length < 2 || item.Length > LongestName || PersonNames.LengthAt(item, 0) != item.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>农业部部长王建国: a post word, then a name closing the line.</summary>
    private static bool EndsWithTitledName(string text)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = text.Length - length;
            if (start > 0 && PersonNames.LengthAt(text, start) == length && PeopleVocabulary.TitleWords.EndsAt(text, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasProsePunctuation(string text) => text.IndexOfAny(ProsePunctuation) >= 0;

    private static readonly char[] ProsePunctuation = { '。', '，', ',', '！', '？', '：', ':', '；', '“', '”', '《', '》', '（', '(' };
}
