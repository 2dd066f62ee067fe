using System;
using NewsContent.Generator.Parsing.Dates;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>The date a sentence gives the meeting it reports.</summary>
internal static class SentenceDates
{
    /// <summary>
    /// How far from the verb a date still speaks for it, each way, in characters: the length of a clause
    /// (<see cref="MentionSentence.MaxClause"/>). The window also keeps many verbs in one long sentence linear.
    /// </summary>
    private const int NearVerb = MentionSentence.MaxClause;

    /// <summary>How much of the sentence's start is read for a dispatch's dateline: a dateline is far shorter than a clause.</summary>
    private const int DatelineWindow = MentionSentence.MaxClause;

    /// <summary>How far back into the paragraph an undated sentence looks for its date (8月2日下午,… 出席座谈会): one clause.</summary>
    private const int EarlierWindow = MentionSentence.MaxClause;

    /// <summary>The most characters between the two dates of a range (4月14日至16日): the mark, and perhaps a space.</summary>
    private const int MaxRangeGap = 2;

    /// <summary>
    /// The date the sentence gives the meeting: the last date before the verb (after any dateline), else the first
    /// after it, else the last date earlier in the paragraph (8月2日下午,… 出席座谈会).
    /// </summary>
    public static string? Date(MentionSentence sentence, int verbAt)
    {
        var text = sentence.Text;
        var start = sentence.Start;
        var end = sentence.End;
        var published = sentence.Published;
        var from = start;
        if (Articles.LineShapes.TryDateline(text.Substring(start, Math.Min(end - start, DatelineWindow)).TrimStart(), out var dateline, out var printed))
        {
            // Skip the dispatch's own date (新华社西安4月16日电), but not a date printed after it (本报讯 2月17日).
            from = text.IndexOf(dateline, start, StringComparison.Ordinal) + dateline.Length;
            if (printed is not null && dateline.EndsWith(printed, StringComparison.Ordinal))
            {
                from -= printed.Length;
            }
        }

        from = Math.Max(from, verbAt - NearVerb);
        end = Math.Min(end, verbAt + NearVerb);
        string? before = null;
        string? after = null;
        var previousEnd = -1;
        foreach (var date in DateResolver.Find(text.Substring(from, Math.Max(0, end - from)), published))
        {
            var resolved = DateVocabulary.IsToday(date.Text) && sentence.DatelineDay is not null ? sentence.DatelineDay : date.Resolved;
            var isRangeEnd = previousEnd >= 0 && date.Start - previousEnd is >= 1 and <= MaxRangeGap && DateVocabulary.RangeMarks.IndexOf(text[from + previousEnd]) >= 0;
            previousEnd = date.Start + date.Length;
            if (resolved is null || isRangeEnd)
            {
                // 4月14日至16日: the meeting's date is the day it opened.
                continue;
            }

            if (from + date.Start < verbAt)
            {
                before = resolved;
            }
            else
            {
                after ??= resolved;
            }
        }

        if (before is null && after is null && start > 0)
        {
            var window = Math.Max(0, start - EarlierWindow);
            foreach (var date in DateResolver.Find(text.Substring(window, start - window), published))
            {
                before = date.Resolved ?? before;
            }
        }

        return before ?? after;
    }
}
