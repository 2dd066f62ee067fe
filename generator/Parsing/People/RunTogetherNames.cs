using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Kicker and deck lines print names with no separators before the verb they share
/// (王立新陈海周平赵刚出席, 张明李华王强孙涛刘成出席会议). Such a run splits into names where every piece
/// starts with a surname and reads as a given name; names already known on the page win, then three-character names.
/// </summary>
internal static class RunTogetherNames
{
    private const int MaxRun = 24;
    private const int MinNames = 2;

    /// <summary>Verbs that close a run of names in a kicker line.</summary>
    private static readonly string[] Verbs = { "出席", "参加", "主持", "陪同", "作重要讲话", "讲话", "会见", "看望" };

    /// <summary>Words after which a run of names may begin, inside one unpunctuated line.</summary>
    private static readonly string[] Openers = { "讲话", "出席", "召开", "会议", "主持", "参加", "陪同", "并" };

    public static List<(int At, int Length)> Find(string text, ICollection<string> known)
    {
        var found = new List<(int At, int Length)>();
        foreach (var verb in Verbs)
        {
            for (var at = text.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = text.IndexOf(verb, at + verb.Length, StringComparison.Ordinal))
            {
                var best = (List<(int At, int Length)>?)null;
                for (var start = Math.Max(0, at - MaxRun); start <= at - 2 * MinNames; start++)
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
        start == 0 || !Hanzi.IsHanzi(text[start - 1]) || Words.AnyEndingAt(text, start, Openers);

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
            for (var size = 2; size <= 3 && i + size <= length; size++)
            {
                if (score[i + size] == int.MinValue || !IsName(text, start + i, size))
                {
                    continue;
                }

                var name = text.Substring(start + i, size);
                var value = score[i + size] + (known.Contains(name) ? 10 : 0) + (size == 3 ? 2 : 1);
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

        for (var k = at + surname; k < at + size; k++)
        {
            if (!(k == at + size - 1 ? NameLexicon.CanEndGivenName(text[k]) : NameLexicon.CanBeInGivenName(text[k])))
            {
                return false;
            }
        }

        return !NameLexicon.IsCommonWord(text.Substring(at, size));
    }
}
