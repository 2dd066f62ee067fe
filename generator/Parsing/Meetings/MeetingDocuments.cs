using System;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>The documents a meeting reviewed: 审议通过《A》和《B》, and a last unquoted one (《A》和B).</summary>
internal static class MeetingDocuments
{
    /// <summary>The shortest unquoted last document (《A》和B): fewer characters are a stray word, not a title.</summary>
    private const int MinUnquotedDocument = 3;

    /// <summary>The documents after the first review verb the sentence holds (<see cref="MeetingVocabulary.ReviewVerbs"/> order).</summary>
    public static void Add(FoundMeeting meeting, string sentence)
    {
        foreach (var verb in MeetingVocabulary.ReviewVerbs)
        {
            var at = sentence.IndexOf(verb, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var i = at + verb.Length;
            var lastClose = -1;
            while (i < sentence.Length)
            {
                var open = sentence.IndexOf('《', i);
                if (open < 0)
                {
                    break;
                }

                var close = sentence.IndexOf('》', open);
                if (close < 0)
                {
                    break;
                }

                var gap = sentence.Substring(i, open - i);
                if (lastClose >= 0 && gap.Length > 0 && Array.IndexOf(MeetingVocabulary.DocumentListJoiners, gap) < 0)
                {
                    break;
                }

                AddOne(meeting, sentence.Substring(open, close - open + 1));
                lastClose = close;
                i = close + 1;
            }

            if (lastClose >= 0)
            {
                var rest = sentence.Substring(lastClose + 1).TrimEnd('。', '！', '；');
                foreach (var joiner in MeetingVocabulary.DocumentTailJoiners)
                {
                    if (rest.StartsWith(joiner, StringComparison.Ordinal) && rest.Length - joiner.Length >= MinUnquotedDocument && rest.IndexOf('，') < 0 && rest.IndexOf(',') < 0)
                    {
                        AddOne(meeting, rest.Substring(joiner.Length));
                        break;
                    }
                }
            }

            return;
        }
    }

    private static void AddOne(FoundMeeting meeting, string document)
    {
        if (!meeting.Documents.Contains(document))
        {
            meeting.Documents.Add(document);
        }
    }
}
