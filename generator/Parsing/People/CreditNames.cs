using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.CueVocabulary;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>Names with no title in the sentence: in a bracketed picture credit, or alone on an author's line.</summary>
internal static class CreditNames
{
    /// <summary>How far a credit's closing bracket may stand from its opening one: a role, two names and a suffix fit.</summary>
    private const int LongestCredit = 24;

    /// <summary>An author's line has a two- to four-character name (a compound surname and a two-character given name).</summary>
    private const int ShortestAuthorLine = 2;

    private const int LongestAuthorLine = 4;

    /// <summary>A given name has one or two characters: a longer line (解放军报) is a word or a paper's name.</summary>
    private const int MaxGivenName = 2;

    /// <summary>
    /// （新华社记者王立新摄）, （李春华　陈海摄）: the names before the credit suffix, after the role if one is printed,
    /// apart by spaces or 、.
    /// </summary>
    public static int? Credit(string text, int i, Mention mention)
    {
        if (text[i] != '（' && text[i] != '(')
        {
            return null;
        }

        var close = i + 1;
        while (close < text.Length && close - i <= LongestCredit && text[close] != '）' && text[close] != ')')
        {
            close++;
        }

        var suffix = close < text.Length ? CreditSuffixes.MatchEndingAt(text, close) : null;
        if (suffix is null || close - i > LongestCredit)
        {
            return null;
        }

        var end = close - suffix.Length;
        var at = i + 1;
        for (var k = end; k > at; k--)
        {
            if (TitleWords.EndsAt(text, k))
            {
                at = k;
                break;
            }
        }

        var found = false;
        while (at < end)
        {
            var length = PersonNames.LengthAt(text, at);
            if (length == 0 || (at + length < end && NameSpaces.IndexOf(text[at + length]) < 0 && text[at + length] != '、'))
            {
                break;
            }

            mention(at, length, at);
            found = true;
            at += length;
            while (at < end && (NameSpaces.IndexOf(text[at]) >= 0 || text[at] == '、'))
            {
                at++;
            }
        }

        return found ? close + 1 : null;
    }

    /// <summary>
    /// （王立新）, （王立新、陈海）, （河北保定市李春华）: a bracket of only names (after a reader's place, if any) that
    /// closes a paragraph signs a brief or a reader's letter; after 电 it credits a dispatch's reporters.
    /// </summary>
    public static int? Signature(string text, int i, Mention mention)
    {
        var afterDispatch = i > 0 && text[i - 1] == DispatchEnd;
        if ((text[i] != '（' && text[i] != '(') || !(afterDispatch || i == 0 || EndsClause(text[i - 1])))
        {
            return null;
        }

        var close = i + 1;
        while (close < text.Length && close - i <= LongestCredit && text[close] != '）' && text[close] != ')')
        {
            close++;
        }

        if (close >= text.Length || close - i > LongestCredit || (!afterDispatch && text.Substring(close + 1).Trim().Length > 0))
        {
            return null;
        }

        var at = i + 1;
        var place = text.LastIndexOfAny(ReaderPlaceEnds, close - 1, close - at);
        if (place >= at && !afterDispatch)
        {
            at = place + 1;
        }

        var names = new System.Collections.Generic.List<(int At, int Length)>();
        while (at < close)
        {
            var length = ItemLength(text, at, close);
            if (length == 0)
            {
                return null;
            }

            names.Add((at, length));
            at += length;
            while (at < close && (NameSpaces.IndexOf(text[at]) >= 0 || text[at] == '、'))
            {
                at++;
            }
        }

        foreach (var (nameAt, length) in names)
        {
            mention(nameAt, length, nameAt);
        }

        return names.Count > 0 ? close + 1 : null;
    }

    /// <summary>The dispatch line's last character (新华社北京1月1日电（王立新）).</summary>
    private const char DispatchEnd = '电';

    /// <summary>What a signature bracket follows: a clause's end, or the bracket of a work's kind (（油画）（王立新）).</summary>
    private static bool EndsClause(char c) => "。！？”…）)".IndexOf(c) >= 0;

    /// <summary>A name filling text[at, the next separator or the bracket's close): a surname and one or two characters.</summary>
    private static int ItemLength(string text, int at, int close)
    {
        var end = at;
        while (end < close && Hanzi.IsHanzi(text[end]) && text[end] != '、')
        {
            end++;
        }

        var name = text.Substring(at, end - at);
        return (end == close || NameSpaces.IndexOf(text[end]) >= 0 || text[end] == '、') && IsBareName(name) ? name.Length : 0;
    }

    /// <summary>A line that is only a name: the author of a signed piece, printed under its title.</summary>
    public static int? AuthorLine(string text, int i, Mention mention)
    {
        if (i != 0)
        {
            return null;
        }

        var name = text.Trim();
        var at = text.IndexOf(name, System.StringComparison.Ordinal);
        if (!IsBareName(name))
        {
            return null;
        }

        mention(at, name.Length, at);
        return text.Length;
    }

    /// <summary>A whole string that is a surname and a one- or two-character given name, and no common word or place.</summary>
    private static bool IsBareName(string name) =>
        name.Length is >= ShortestAuthorLine and <= LongestAuthorLine && NameLexicon.IsSurnameAt(name, 0, out var surname) && surname < name.Length
        && name.Length - surname <= MaxGivenName && NameLexicon.IsGivenName(name, surname, name.Length) && !NameLexicon.IsCommonWord(name)
        && AllHanzi(name);

    private static bool AllHanzi(string name)
    {
        foreach (var c in name)
        {
            if (!Hanzi.IsHanzi(c))
            {
                return false;
            }
        }

        return true;
    }
}
