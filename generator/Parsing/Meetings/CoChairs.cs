using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.People;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The chairs a sentence names: one name before 主持, or a list of co-chairs (X、Y共同主持, X和Y主持, 清河市委书记X、东江市委书记Y共同主持,
/// X、Y两人共同主持), or the names after a chair noun (主持人：X, 担任会议执行主席的是：X、Y).
/// </summary>
internal static class CoChairs
{
    /// <summary>
    /// How many characters of title may stand between a co-chair and the joiner before it (、东江市委书记韩文斌): the length of
    /// a long official title. Only read when a joint word (共同, 先后) says the chairs are several.
    /// </summary>
    private const int MaxTitleBetween = 12;

    /// <summary>The most names one list of chairs holds: a plenary's presidium names about a dozen executive chairs.</summary>
    private const int MaxChairs = 16;

    /// <summary>The chairs named before <paramref name="end"/> (where 主持 stands), in text order; empty when no name ends there.</summary>
    public static List<string> Before(string text, int end, int floor, IReadOnlyList<string> names)
    {
        var chairs = new List<string>();
        var joint = EndsWithAny(text, ref end, floor, MeetingVocabulary.JointChairWords);
        EndsWithAny(text, ref end, floor, MeetingVocabulary.ChairHeadCounts);
        if (MeetingPeople.NameEndingAt(text, end, floor, names) is not { } last)
        {
            return chairs;
        }

        chairs.Add(last);
        var start = end - last.Length;
        while (chairs.Count < MaxChairs)
        {
            // A headline runs co-chairs together (X Y共同主持 printed XY共同主持): only a name the page lists is read there.
            var joiner = JoinerBefore(text, start, floor, joint ? MaxTitleBetween : 0);
            var name = joiner >= 0 ? MeetingPeople.NameEndingAt(text, joiner, floor, names) : joint ? ListedNameEndingAt(text, start, floor, names) : null;
            if (name is null || chairs.Contains(name))
            {
                break;
            }

            if (joiner < 0)
            {
                joiner = start;
            }

            chairs.Insert(0, name);
            start = joiner - name.Length;
        }

        return chairs;
    }

    /// <summary>The chairs named after a chair noun ending at <paramref name="from"/> (主持人：X, 执行主席的是：X、Y), in text order.</summary>
    public static List<string> After(string text, int from, IReadOnlyList<string> names)
    {
        var chairs = new List<string>();
        var at = SkipIntroducer(text, from);
        while (chairs.Count < MaxChairs && at < text.Length && NameStartingAt(text, at, names) is { } name && !chairs.Contains(name))
        {
            chairs.Add(name);
            at += name.Length;
            if (at >= text.Length || MeetingVocabulary.NameJoiners.IndexOf(text[at]) < 0)
            {
                break;
            }

            at++;
        }

        return chairs;
    }

    /// <summary>Where the joiner before a name starting at <paramref name="start"/> stands, past at most <paramref name="maxTitle"/> characters of title; -1 when there is none.</summary>
    private static int JoinerBefore(string text, int start, int floor, int maxTitle)
    {
        for (var i = start - 1; i >= floor && start - 1 - i <= maxTitle; i--)
        {
            if (MeetingVocabulary.NameJoiners.IndexOf(text[i]) >= 0)
            {
                return i;
            }

            if (!Text.Hanzi.IsHanzi(text[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? ListedNameEndingAt(string text, int end, int floor, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (end - name.Length >= floor && string.CompareOrdinal(text, end - name.Length, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A person's name starting at <paramref name="at"/>: a name found on the page (longest first), else a guessed one.</summary>
    private static string? NameStartingAt(string text, int at, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (string.CompareOrdinal(text, at, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        var length = PersonNames.LengthAt(text, at);
        return length > 0 ? text.Substring(at, length) : null;
    }

    private static int SkipIntroducer(string text, int at)
    {
        var moved = true;
        while (moved)
        {
            moved = false;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            foreach (var word in MeetingVocabulary.NamesIntroducers)
            {
                if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
                {
                    at += word.Length;
                    moved = true;
                    break;
                }
            }
        }

        return at;
    }

    /// <summary>Steps <paramref name="end"/> back over the first word of <paramref name="words"/> the text ends with there.</summary>
    private static bool EndsWithAny(string text, ref int end, int floor, string[] words)
    {
        foreach (var word in words)
        {
            if (end - word.Length >= floor && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                end -= word.Length;
                return true;
            }
        }

        return false;
    }
}
