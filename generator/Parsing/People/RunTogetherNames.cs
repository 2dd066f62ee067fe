using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Kicker and deck lines print names with no separators before the verb they share
/// (王立新陈海周平赵刚出席, 张明李华王强孙涛刘成出席会议). Such a run splits into names where every piece
/// starts with a surname and reads as a given name; names already known on the page win, then three-character names.
/// </summary>
internal static class RunTogetherNames
{
    /// <summary>
    /// How far before the verb a run may begin: eight three-character names, as many as a kicker line lists; the bound
    /// keeps the work per verb constant.
    /// </summary>
    private const int MaxRun = 24;

    /// <summary>One name before a verb is an ordinary sentence; a run is two or more.</summary>
    private const int MinNames = 2;

    /// <summary>A name is two or three characters here (a surname and a one- or two-character given name).</summary>
    private const int ShortestName = 2;

    private const int LongestName = 3;

    /// <summary>A name the page already named elsewhere outweighs any split into unknown names.</summary>
    private const int KnownNameScore = 10;

    /// <summary>Three-character names are the common shape, so a split into them wins over one into two-character names.</summary>
    private const int ThreeCharacterScore = 2;

    private const int TwoCharacterScore = 1;

    public static List<(int At, int Length)> Find(string text, ICollection<string> known)
    {
        var found = new List<(int At, int Length)>();
        foreach (var verb in RunTogetherVerbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var best = (List<(int At, int Length)>?)null;
                for (var start = Math.Max(0, at - MaxRun); start <= at - ShortestName * MinNames; start++)
                {
                    if (!OpensRun(text, start))
                    {
                        continue;
                    }

                    var split = Split(text, start, at, known);
                    if (split is not null && split.Count >= MinNames)
                    {
                        best = split;
                        break;
                    }
                }

                if (best is not null)
                {
                    found.AddRange(best);
                }
            }
        }

        return found;
    }

    private static bool OpensRun(string text, int start) =>
        start == 0 || !Hanzi.IsHanzi(text[start - 1]) || RunTogetherOpeners.EndsAt(text, start);

    /// <summary>The split of text[start, end) into names with the best score, or null when there is none.</summary>
    private static List<(int At, int Length)>? Split(string text, int start, int end, ICollection<string> known)
    {
        var length = end - start;
        var score = new int[length + 1];
        var step = new int[length + 1];
        for (var i = 0; i <= length; i++)
        {
            score[i] = int.MinValue;
        }

        score[length] = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            for (var size = ShortestName; size <= LongestName && i + size <= length; size++)
            {
                if (score[i + size] == int.MinValue || !IsName(text, start + i, size))
                {
                    continue;
                }

                var name = text.Substring(start + i, size);
                var value = score[i + size] + (known.Contains(name) ? KnownNameScore : 0) + (size == LongestName ? ThreeCharacterScore : TwoCharacterScore);
                if (value > score[i])
                {
                    score[i] = value;
                    step[i] = size;
                }
            }
        }

        if (score[0] == int.MinValue)
        {
            return null;
        }

        var names = new List<(int At, int Length)>();
        for (var i = 0; i < length; i += step[i])
        {
            names.Add((start + i, step[i]));
        }

        return names;
    }

    private static bool IsName(string text, int at, int size)
    {
        if (!NameLexicon.IsSurnameAt(text, at, out var surname) || surname >= size)
        {
            return false;
        }

        if (!NameLexicon.IsGivenName(text, at + surname, at + size))
        {
            return false;
        }

        return !NameLexicon.IsCommonWord(text, at, at + size);
    }
}
