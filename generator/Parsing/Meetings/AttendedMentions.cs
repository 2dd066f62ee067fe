using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The attending family: 出席座谈会, 参加了十届全国人大二次会议某省代表团全体会议. Attending a named meeting reports it
/// held, when the object is a meeting's name on its own and nothing before the verb makes it a plan.
/// </summary>
internal static class AttendedMentions
{
    public static void Find(MentionSentence sentence, List<MeetingMention> found)
    {
        var text = sentence.Text;
        foreach (var verb in MeetingVocabulary.AttendVerbs)
        {
            for (var attend = sentence.IndexOf(verb, sentence.Start); attend >= 0; attend = sentence.IndexOf(verb, attend + verb.Length))
            {
                var after = sentence.SkipPerfective(attend + verb.Length);
                var named = MeetingNames.TrimToMeeting(text.Substring(after, sentence.ClauseEnd(after) - after));
                if (named is not null && MeetingNames.IsMeetingName(named, standalone: true) && !MeetingNames.HasLooseOwner(named) && !MeetingNames.HasAction(named)
                    && !NotHeld.IsPlanned(text.Substring(sentence.ClauseStart(attend), attend - sentence.ClauseStart(attend))))
                {
                    found.Add(sentence.Mention(named, after, attend));
                }
            }
        }
    }
}
