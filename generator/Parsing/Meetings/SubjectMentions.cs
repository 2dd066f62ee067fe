using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The subject family: X举行/举办/开幕/闭幕, X在…举行的Y会议, X举行全体会议, X、Y先后召开. The meeting is the clause's
/// subject, with its place (在…), time (于…, 2月28日上午) and adverbs (先后, 隆重) cut away.
/// </summary>
internal static class SubjectMentions
{
    /// <summary>
    /// The kind of sitting right after the verb that completes the subject's name (X举行全体会议): a short bracketed
    /// term (up to eight characters; longer is an aside), a session number, a kind of sitting, 会议.
    /// </summary>
    private static readonly Regex HeldTail = new(
        "^(?:[（(][^）)，,。]{1,8}[）)])?(?:第[" + MeetingVocabulary.SessionDigits + "]{1,6}次)?(?:" + string.Join("|", MeetingVocabulary.HeldSittingKinds) + ")?会议",
        RegexOptions.CultureInvariant);

    /// <summary>The shortest subject that names a body: one character is a pronoun or a stray word (他, 会).</summary>
    private const int MinSubjectLength = 2;

    /// <summary>
    /// How far back in the sentence a decision (会议决定，…) still makes the meeting a plan: one clause. The decision
    /// usually stands in the clause before the verb's own.
    /// </summary>
    private const int DecisionLookback = MentionSentence.MaxClause;

    /// <summary>Verbs whose object, not subject, may be the meeting (还举办了…研讨会): the organiser holds it.</summary>
    private static readonly string[] ObjectVerbs = { "举办", MeetingVocabulary.Convene };

    /// <summary>Every subject verb of the sentence, in the order of <see cref="MeetingVocabulary.SubjectVerbs"/>.</summary>
    public static void FindAll(MentionSentence sentence, List<MeetingMention> found)
    {
        foreach (var verb in MeetingVocabulary.SubjectVerbs)
        {
            for (var held = sentence.IndexOf(verb, sentence.Start); held >= 0; held = sentence.IndexOf(verb, held + verb.Length))
            {
                Find(sentence, held, verb, found);
            }
        }
    }

    /// <summary>The meetings the subject of <paramref name="verb"/> at <paramref name="verbAt"/> names.</summary>
    public static void Find(MentionSentence sentence, int verbAt, string verb, List<MeetingMention> found)
    {
        var text = sentence.Text;
        var start = sentence.Start;
        var clauseStart = sentence.ClauseStart(verbAt);
        var lookback = Math.Max(start, verbAt - DecisionLookback);
        var beforeVerb = text.Substring(clauseStart, verbAt - clauseStart);
        if (NotHeld.IsPlanned(beforeVerb) || NotHeld.IsRecalled(beforeVerb) || NotHeld.IsDecided(text.Substring(lookback, verbAt - lookback))
            || NotHeld.IsInTitle(beforeVerb) || NotHeld.IsMeans(beforeVerb))
        {
            return;
        }

        var subject = MeetingNames.SubjectBefore(beforeVerb);
        if (NotHeld.IsPurpose(subject))
        {
            // 为大会正式开幕作准备: what the clause prepares for, not a meeting held.
            return;
        }

        var after = sentence.SkipPerfective(verbAt + verb.Length);
        var rest = text.Substring(after, sentence.ClauseEnd(after) - after);
        var names = new List<string>();
        var tail = HeldTail.Match(rest);
        if (rest.StartsWith("的", StringComparison.Ordinal) && MeetingNames.TrimToMeeting(rest.Substring(1)) is { } owned)
        {
            // 中共某某省委在六月中旬举行的扩大会议; 昨天召开的十三届市委常委会第167次会议
            var generic = HeldTail.Match(owned) is { Success: true } kind && kind.Length == owned.Length;
            names.Add(subject.Length >= MinSubjectLength && generic ? subject + owned : owned);
        }
        else if (subject.Length >= MinSubjectLength && tail.Success)
        {
            names.Add(subject + tail.Value);
        }
        else if (rest.Length > 0 && MeetingNames.TrimToMeeting(rest) is { } objectName && MeetingNames.IsMeetingName(objectName, standalone: true)
            && !MeetingNames.HasLooseOwner(objectName) && !MeetingNames.HasAction(objectName)
            && (Array.IndexOf(ObjectVerbs, verb) >= 0 || (verb == MeetingVocabulary.Hold && MeetingNames.EndsWithAny(objectName, MeetingVocabulary.HeldObjectEnds))))
        {
            // 还举办了…讲座和“乡土文学的传承与创新”研讨会
            names.Add(MeetingNames.LastConjunct(objectName));
        }
        else
        {
            var parts = MeetingNames.ListItems(subject);
            if (parts.Count > 1 && !MeetingNames.IsMeetingName(parts[0]) && MeetingNames.IsMeetingName(parts[parts.Count - 1]))
            {
                // 南湖区、西湖区人大常委会主任会议联席会议: a list of owners before one meeting, not a list of meetings.
                parts = new List<string> { subject };
            }

            foreach (var part in parts)
            {
                if (MeetingNames.IsMeetingName(part) || MeetingNames.IsJointName(part))
                {
                    names.Add(part);
                }
            }
        }

        foreach (var name in names)
        {
            if (!MeetingNames.IsReference(name))
            {
                found.Add(sentence.Mention(name, clauseStart, verbAt));
            }
        }
    }
}
