using System;
using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// Which marks beyond the core clause punctuation (，,。；;：:！？!?) also end a clause. The extractors disagree on
/// these on purpose, so each names the ones its rules need.
/// </summary>
[Flags]
internal enum ClauseMarks
{
    /// <summary>Only the core punctuation.</summary>
    Core = 0,

    /// <summary>、: one item of a list (figures: 三项、五人 count two things).</summary>
    ListComma = 1,

    /// <summary>（ ( ） ): a bracketed aside.</summary>
    Brackets = 2,

    /// <summary>A line break inside the text.</summary>
    LineBreak = 4,

    /// <summary>
    /// A full-width space, and a space unless it only pads a number (第 32 次): the layout's spaces stand where
    /// punctuation was left out, but a padded number is part of a name.
    /// </summary>
    LayoutSpaces = 8,

    /// <summary>What bounds the noun or subject a figure counts.</summary>
    Figure = ListComma | Brackets | LineBreak,

    /// <summary>What bounds the clause that names a meeting (a list 、 stays inside it: X、Y先后召开).</summary>
    Meeting = LayoutSpaces,
}

/// <summary>Sentence and clause splitting shared by the extractors: one place that says where a sentence or a clause ends.</summary>
internal static class Clauses
{
    /// <summary>True when the character at <paramref name="i"/> ends a clause, with the core punctuation and the given extra marks.</summary>
    public static bool IsClauseBreak(string text, int i, ClauseMarks marks)
    {
        var c = text[i];
        switch (c)
        {
            case '，' or ',' or '。' or '；' or ';' or '：' or ':' or '！' or '？' or '!' or '?':
                return true;
            case '、':
                return (marks & ClauseMarks.ListComma) != 0;
            case '（' or '(' or '）' or ')':
                return (marks & ClauseMarks.Brackets) != 0;
            case '\n':
                return (marks & ClauseMarks.LineBreak) != 0;
            case '\u3000':
                return (marks & ClauseMarks.LayoutSpaces) != 0;
            case ' ':
                return (marks & ClauseMarks.LayoutSpaces) != 0
                    && !((i > 0 && Hanzi.IsDigit(text[i - 1])) || (i + 1 < text.Length && Hanzi.IsDigit(text[i + 1])));
            default:
                return false;
        }
    }

    /// <summary>Where the clause holding <paramref name="at"/> starts: after the last break, no earlier than <paramref name="floor"/> nor <paramref name="maxLength"/> back.</summary>
    public static int Start(string text, int floor, int at, int maxLength, ClauseMarks marks)
    {
        floor = Math.Max(floor, at - maxLength);
        var i = at;
        while (i > floor && !IsClauseBreak(text, i - 1, marks))
        {
            i--;
        }

        return i;
    }

    /// <summary>Where the clause running from <paramref name="from"/> ends: at the next break, no later than <paramref name="end"/> nor <paramref name="maxLength"/> on.</summary>
    public static int End(string text, int from, int end, int maxLength, ClauseMarks marks)
    {
        end = Math.Min(end, from + maxLength);
        var i = from;
        while (i < end && !IsClauseBreak(text, i, marks))
        {
            i++;
        }

        return i;
    }

    /// <summary>The sentences of a text as (start, end) ranges: each ends after its 。！？ and any closing marks that follow.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Hanzi.IsSentenceEnd(text[i]))
            {
                var end = i + 1;
                while (end < text.Length && Hanzi.IsCloser(text[end]))
                {
                    end++;
                }

                yield return (start, end);
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }
}
