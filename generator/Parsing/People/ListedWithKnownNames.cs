using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// 王立新、陈海和刘成: a list lists one kind of thing, so once one of its items is a name the page already read, the
/// items next to it (apart by 、 or joined by 和/与/及, each perhaps with a short note in brackets: 陈海（女）) that are
/// shaped as names are names too, however short the list.
/// </summary>
internal static class ListedWithKnownNames
{
    /// <summary>A listed item before a known name is read back at most this long (a compound surname and a two-character given name).</summary>
    private const int LongestItem = 4;

    private const int ShortestItem = 2;

    /// <summary>The longest note in brackets after a listed name: a sex and a nationality (（女、维吾尔族）), or a country.</summary>
    private const int LongestNote = 9;

    /// <summary>Finds the names listed next to a known name in one text: (start, length) of each new one.</summary>
    public static List<(int At, int Length)> Find(string text, ISet<string> known, IReadOnlyDictionary<char, List<string>> byFirst)
    {
        var found = new List<(int At, int Length)>();

        // Each stretch of a list is walked once: a name inside a stretch an earlier name already walked forward through
        // is not walked forward again, and a walk back stops at the previous known name (walked back from already).
        // Without this a hostile list of thousands of known names costs the square of its length.
        var walkedTo = -1;
        var previous = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!byFirst.TryGetValue(text[i], out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (string.CompareOrdinal(text, i, name, 0, name.Length) != 0)
                {
                    continue;
                }

                if (i >= walkedTo)
                {
                    walkedTo = ReadAfter(text, i + name.Length, known, found);
                }

                ReadBefore(text, i, previous, known, found);
                previous = i;
                break;
            }
        }

        return found;
    }

    /// <summary>王立新、陈海: the items after a known name, while a separator or a joiner leads to one more; returns where the walk stopped.</summary>
    private static int ReadAfter(string text, int end, ISet<string> known, List<(int At, int Length)> found)
    {
        end = AfterNote(text, end);
        while (end + 1 < text.Length && IsSeparatorAt(text, end))
        {
            var length = PersonNames.ListedLengthAt(text, end + 1);
            if (length == 0 || !(IsChineseName(text, end + 1, length) || ForeignNames.IsClearlyForeign(text, end + 1, length)))
            {
                return end;
            }

            if (known.Add(text.Substring(end + 1, length)))
            {
                found.Add((end + 1, length));
            }

            end = AfterNote(text, end + 1 + length);
        }

        return end;
    }

    /// <summary>王立新（女）、…, 陈海（中国）、…: where a list item's short bracketed note ends, or <paramref name="end"/>.</summary>
    private static int AfterNote(string text, int end)
    {
        if (end >= text.Length || text[end] != '（')
        {
            return end;
        }

        var close = text.IndexOf('）', end, System.Math.Min(LongestNote + 1, text.Length - end));
        return close > end && close - end <= LongestNote ? close + 1 : end;
    }

    /// <summary>Where the short bracketed note that ends right before <paramref name="end"/> opens, or <paramref name="end"/>.</summary>
    private static int BeforeNote(string text, int end)
    {
        if (end < 1 || text[end - 1] != '）')
        {
            return end;
        }

        var open = text.LastIndexOf('（', end - 1, System.Math.Min(LongestNote + 1, end));
        return open >= 0 && end - open <= LongestNote + 1 ? open : end;
    }

    /// <summary>
    /// 陈海、王立新: the items before a known name, each opening the text or a clause, or after a separator or a list cue
    /// (有); the walk stops at <paramref name="floor"/>, the previous known name, which has been walked back from.
    /// </summary>
    private static void ReadBefore(string text, int start, int floor, ISet<string> known, List<(int At, int Length)> found)
    {
        while (start > 1 && start > floor && IsSeparatorAt(text, start - 1))
        {
            var itemEnd = BeforeNote(text, start - 1);
            var itemStart = -1;
            for (var length = ShortestItem; length <= LongestItem && itemEnd - length >= 0; length++)
            {
                var at = itemEnd - length;
                if (IsChineseName(text, at, length) && (at == 0 || OpensAnItem(text[at - 1])))
                {
                    itemStart = at;
                    break;
                }
            }

            if (itemStart < 0)
            {
                return;
            }

            if (known.Add(text.Substring(itemStart, itemEnd - itemStart)))
            {
                found.Add((itemStart, itemEnd - itemStart));
            }

            start = itemStart;
        }
    }

    /// <summary>What an item may follow: punctuation, 、 or a list cue (有), but no digit or letter (70周年和…).</summary>
    private static bool OpensAnItem(char before) =>
        before == '、' || ListCues.IndexOf(before) >= 0 || (!Hanzi.IsHanzi(before) && !char.IsLetterOrDigit(before));

    /// <summary>、 between items, or 和/与/及 (not inside a word such as 以及: a character before it must be a name's).</summary>
    private static bool IsSeparatorAt(string text, int at) => text[at] == '、' || ListJoiners.IndexOf(text[at]) >= 0;

    /// <summary>A surname and a one- or two-character given name that is no common word or place.</summary>
    private static bool IsChineseName(string text, int at, int length)
    {
        if (!NameLexicon.IsSurnameAt(text, at, out var surname) || length - surname is < 1 or > 2)
        {
            return false;
        }

        for (var k = at; k < at + length; k++)
        {
            if (!Hanzi.IsHanzi(text[k]))
            {
                return false;
            }
        }

        return NameLexicon.IsGivenName(text, at + surname, at + length) && !NameLexicon.IsCommonWord(text, at, at + length)
            && !NameLexicon.IsCutAt(text, at + surname, at + length) && !TitleWords.StartsAt(text, at);
    }
}
