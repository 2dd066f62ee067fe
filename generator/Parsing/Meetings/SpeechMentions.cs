using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The speaking family: X在Y上讲话 (发言, 致辞), and the deck of a printed speech, ——X在Y上的发言. Speaking at a named
/// meeting reports it held, unless the clause refers to the speech (学习X在Y上的重要讲话精神): a speech with 的 is only
/// read in a deck, where it names the speech printed below.
/// </summary>
internal static class SpeechMentions
{
    /// <summary>
    /// 在, the meeting (a clause's worth, no 在 inside: the nearest 在 before 上 opens the place), 上 (dropped in 在大会发言),
    /// perhaps 的 and 重要, a speech word. Sixty characters hold the longest names of the genre with their owners.
    /// </summary>
    internal static readonly Regex SpokeAt = new(
        "在(?<name>[^，,。；;：:在]{1,60}?)上?(?<of>的)?(?:重要)?(?:" + string.Join("|", MeetingVocabulary.SpeechWords) + ")",
        RegexOptions.CultureInvariant);

    public static void Find(MentionSentence sentence, List<MeetingMention> found)
    {
        var text = sentence.Text;
        foreach (Match match in SpokeAt.Matches(text.Substring(sentence.Start, sentence.End - sentence.Start)))
        {
            var at = sentence.Start + match.Index;
            var name = match.Groups["name"].Value;
            if (!MeetingNames.IsMeetingName(name, standalone: true) || MeetingNames.HasLooseOwner(name) || MeetingNames.HasAction(name) || MeetingNames.IsReference(name))
            {
                continue;
            }

            var clauseStart = sentence.ClauseStart(at);
            var deck = match.Groups["of"].Success;
            if (IsReported(text.Substring(clauseStart, at - clauseStart), deck))
            {
                found.Add(sentence.Mention(name, at + 1, at, dispatchDates: !deck));
            }
        }
    }

    /// <summary>
    /// The speech before a meeting's name (<paramref name="clauseBeforeAt"/>, up to its 在) reports the meeting: a speech
    /// given (no 的) that nothing refers back to or plans, or a deck naming the speech printed (——X在Y上的发言).
    /// </summary>
    internal static bool IsReported(string clauseBeforeAt, bool ofSpeech) =>
        ofSpeech
            ? clauseBeforeAt.TrimStart().StartsWith(MeetingVocabulary.DeckDash, System.StringComparison.Ordinal)
            : !NotHeld.IsPlanned(clauseBeforeAt) && !NotHeld.IsReferring(clauseBeforeAt);
}
