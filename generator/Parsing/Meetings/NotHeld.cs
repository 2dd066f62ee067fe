using System;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// What around a verb of holding (召开, 举行, 出席) says the meeting was not held as reported: a plan (将于…举行), a
/// decision (会议决定，…举行), a recall (前不久召开的X), a document's title (关于召开X的决定), a means (通过召开X等形式), a purpose (为大会开幕作准备).
/// Such a meeting is referred to, not reported.
/// </summary>
internal static class NotHeld
{
    /// <summary>决定8月7日召开…, 将于…举行: a meeting only planned, not reported as held.</summary>
    public static bool IsPlanned(string clauseBeforeVerb) => Words.ContainsAny(clauseBeforeVerb, MeetingVocabulary.PlanMarkers);

    /// <summary>前不久召开的X: a meeting recalled as held earlier, referred to rather than reported.</summary>
    public static bool IsRecalled(string clauseBeforeVerb) => Words.ContainsAny(clauseBeforeVerb, MeetingVocabulary.RecallMarkers);

    /// <summary>关于召开X的决定: the verb opens a document's title, which names the meeting without reporting it.</summary>
    public static bool IsInTitle(string clauseBeforeVerb) => EndsWithAny(clauseBeforeVerb.TrimEnd(), MeetingVocabulary.TitleOpeners);

    /// <summary>通过召开党组会议等形式: the meeting is a means of doing something else, one of a kind, not one held.</summary>
    public static bool IsMeans(string clauseBeforeVerb) => EndsWithAny(clauseBeforeVerb.TrimEnd(), MeetingVocabulary.MeansOpeners);

    /// <summary>会议决定，X…在京举行: anywhere earlier in the sentence, a decision makes the meeting a plan.</summary>
    public static bool IsDecided(string sentenceBeforeVerb) => Words.ContainsAny(sentenceBeforeVerb, MeetingVocabulary.DecisionMarkers);

    /// <summary>学习X在Y上的讲话, 贯彻…: the clause refers back to a meeting held elsewhere and earlier.</summary>
    public static bool IsReferring(string clauseBeforeVerb) => Words.ContainsAny(clauseBeforeVerb, MeetingVocabulary.ReferringVerbs);

    private static bool EndsWithAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>为大会正式开幕作准备: a subject opened by a preposition of purpose says what is prepared for.</summary>
    public static bool IsPurpose(string subject) => Words.AnyAt(subject, 0, MeetingVocabulary.PurposeOpeners);
}
