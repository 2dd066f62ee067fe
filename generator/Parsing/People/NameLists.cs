using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.CueVocabulary;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>Lists of names with no title before them (发言的有张明、李华、王强…等十三人).</summary>
internal static class NameLists
{
    /// <summary>Two items may be a pair of anything (江苏、浙江); from three on, a list shows what it lists.</summary>
    private const int MinListedNames = 3;

    /// <summary>Two items joined by 、 are already a list: one that is not of names is skipped whole.</summary>
    private const int ShortestList = 2;

    /// <summary>Most Chinese names have three characters (a surname and a two-character given name); place names mostly have two.</summary>
    private const int UsualNameLength = 3;

    /// <summary>A list with no cue before it is read only up to this many names (陈海、王立新、李华等), and only if 等 closes it.</summary>
    private const int MaxUncuedList = 6;

    private static readonly List<(int At, int Length)> NoNames = new();

    /// <summary>The longest first item a list can have: a listed item, or a transliterated name read whole.</summary>
    private const int LongestFirstItem = PersonNames.LongestListedItem > ForeignNameVocabulary.LongestForeignName
        ? PersonNames.LongestListedItem : ForeignNameVocabulary.LongestForeignName;

    private static bool HasSeparatorWithin(string text, int start)
    {
        var from = start + 1;
        var count = System.Math.Min(LongestFirstItem, text.Length - from);
        return count > 0 && text.IndexOf('、', from, count) >= 0;
    }

    /// <summary>The list rule applies at a position: names are reported, a list of other things is skipped whole.</summary>
    public static int? Untitled(string text, int i, Mention mention)
    {
        var listEnd = ListAt(text, i, out var list);
        if (listEnd <= i)
        {
            return null;
        }

        // A list that is not of names (江苏、浙江、安徽): none of its later items starts one either.
        foreach (var (at, length) in list)
        {
            mention(at, length, at);
        }

        return listEnd;
    }

    /// <summary>
    /// 包括张明华、李春燕、王立新: with no cue and no 等, three or more items of which two in three are made of the
    /// characters given names are made of are a list of names.
    /// </summary>
    private static bool IsLikelyListOfNames(string text, List<(int At, int Length)> names)
    {
        if (names.Count < MinListedNames)
        {
            return false;
        }

        var likely = 0;
        foreach (var (at, length) in names)
        {
            likely += NameLexicon.IsSurnameAt(text, at, out var surname) && GivenNameVocabulary.AreCommon(text, at + surname, at + length) ? 1 : 0;
        }

        return likely * 3 >= names.Count * 2;
    }

    /// <summary>True when some item is a transliterated name or a surname and a given name made of common given-name characters.</summary>
    private static bool HasLikelyName(string text, List<(int At, int Length)> names)
    {
        foreach (var (at, length) in names)
        {
            if (ForeignNames.LengthAt(text, at) == length
                || (NameLexicon.IsSurnameAt(text, at, out var surname) && GivenNameVocabulary.AreCommon(text, at + surname, at + length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ShareFirstCharacter(string text, List<(int At, int Length)> names)
    {
        if (names.Count < MinListedNames)
        {
            return false;
        }

        for (var k = 1; k < names.Count; k++)
        {
            if (text[names[k].At] != text[names[0].At])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>与, 和, 及 before the last name of a list (副主任王立新、陈海与刘成).</summary>
    public static bool IsJoinerAt(string text, int at) =>
        ListJoiners.IndexOf(text[at]) >= 0 && at + 1 < text.Length && PersonNames.LengthAt(text, at + 1) > 0;

    /// <summary>
    /// Three or more 、-separated items that are all shaped as names, most of them three characters long, as Chinese
    /// names mostly are and place names (江苏、浙江、安徽) mostly are not. Returns where the list ends, or
    /// <paramref name="start"/>; a list of two or more items that are not names returns its end with no names.
    /// </summary>
    private static int ListAt(string text, int start, out List<(int At, int Length)> names)
    {
        // Tried at every position: a list needs a 、 right after its first item, which is no longer than the longest
        // name read in a list; without one (and where no name starts) the answer is known and no list is allocated.
        var first = HasSeparatorWithin(text, start) ? PersonNames.ListedLengthAt(text, start) : 0;
        if (first == 0)
        {
            names = NoNames;
            return start;
        }

        names = new List<(int At, int Length)>();
        var cued = start == 0 || !Hanzi.IsHanzi(text[start - 1]) || ListCues.IndexOf(text[start - 1]) >= 0;

        var at = start;
        var full = 0;
        while (true)
        {
            var length = at == start ? first : PersonNames.ListedLengthAt(text, at);
            if (length == 0)
            {
                break;
            }

            // Without a cue before it, only a short list closed by 等 counts: reading no further keeps the rule linear.
            if (!cued && names.Count >= MaxUncuedList)
            {
                names.Clear();
                return start;
            }

            names.Add((at, length));
            full += length >= UsualNameLength ? 1 : 0;
            at += length;
            if (at >= text.Length || text[at] != '、')
            {
                break;
            }

            at++;
        }

        // 陈海、王立新等: 等 after a list says what it lists, wherever the list stands and however short it is.
        var closedByEtc = at < text.Length && ListEnds.StartsAt(text, at) && names.Count >= ShortestList;
        if (!cued && !closedByEtc && !IsLikelyListOfNames(text, names))
        {
            names.Clear();
            return start;
        }

        // At least half of the items must have the usual length of a name; one at least must be made of the characters
        // given names are made of, and three or more items that all share their first character (高技术、高投入、高风险) list things.
        if ((names.Count < MinListedNames && !closedByEtc) || full * 2 < names.Count || !HasLikelyName(text, names) || ShareFirstCharacter(text, names))
        {
            var parsed = names.Count >= ShortestList ? at : start;
            names.Clear();
            return parsed;
        }

        return at;
    }
}
