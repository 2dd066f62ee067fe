using System;
using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The 召开 family: 主持召开X会议 (with its chair), 召开X会议 opening a clause, 召开了X会议. Any other 召开 has the
/// meeting as its subject (X召开扩大会议, X、Y先后召开) and goes to <see cref="SubjectMentions"/>.
/// </summary>
internal static class HeldMentions
{
    /// <summary>The shortest meeting name taken from the object of 召开: one character names nothing (会).</summary>
    private const int MinNameLength = 2;

    /// <summary>How far before 主持 a 在-phrase of place may start (丁薛祥在西安主持): a place name is short.</summary>
    private const int MaxPlacePhrase = 10;

    public static void Find(MentionSentence sentence, IReadOnlyList<string> names, List<MeetingMention> found)
    {
        var text = sentence.Text;
        var convene = MeetingVocabulary.Convene;
        var chairVerb = MeetingVocabulary.Chair;
        for (var at = sentence.IndexOf(convene, sentence.Start); at >= 0; at = sentence.IndexOf(convene, at + convene.Length))
        {
            var clauseStart = sentence.ClauseStart(at);
            var after = sentence.SkipPerfective(at + convene.Length);
            var clauseEnd = sentence.ClauseEnd(after);
            var chaired = at >= chairVerb.Length && string.CompareOrdinal(text, at - chairVerb.Length, chairVerb, 0, chairVerb.Length) == 0;
            if (!chaired && at != clauseStart && !(after < sentence.End && text[after - 1] == MeetingVocabulary.Perfective))
            {
                SubjectMentions.Find(sentence, at, convene, found);
                continue;
            }

            var name = MeetingNames.TrimToMeeting(text.Substring(after, clauseEnd - after));
            if (name is null || name.Length < MinNameLength)
            {
                continue;
            }

            var chairs = chaired ? ChairsBefore(text, at - chairVerb.Length, clauseStart, names) : null;
            found.Add(sentence.Mention(name, after, at, chairs));
        }
    }

    /// <summary>The chairs of 主持召开: the name or co-chairs right before 主持, or before a short 在-phrase of place (丁薛祥在西安主持).</summary>
    private static List<string> ChairsBefore(string text, int end, int floor, IReadOnlyList<string> names)
    {
        var chairs = CoChairs.Before(text, end, floor, names);
        if (chairs.Count > 0)
        {
            return chairs;
        }

        var at = text.LastIndexOf('在', end - 1, Math.Max(0, Math.Min(end - floor, MaxPlacePhrase)));
        return at > floor ? CoChairs.Before(text, at, floor, names) : chairs;
    }
}
