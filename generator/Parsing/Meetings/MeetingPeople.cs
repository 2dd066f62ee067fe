using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.People;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>Who chaired a meeting and who attended it, read from the sentences of the article that reports it.</summary>
internal static class MeetingPeople
{
    /// <summary>The longest personal name guessed when the page's people do not list it: most Chinese names have two or three characters.</summary>
    private const int LongestGuessedName = 3;

    /// <summary>The shortest guessed personal name: a surname and a one-character given name.</summary>
    private const int ShortestGuessedName = 2;

    /// <summary>就座的还有, 发言的，有: a verb of taking part, 的, perhaps a comma and 还, then 有 and the names.</summary>
    private static readonly System.Text.RegularExpressions.Regex ListedAttendance = new(
        "(?:" + string.Join("|", MeetingVocabulary.ListedAttendanceVerbs) + ")(?:会议)?的[，,]?还?有[：:]?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>作政府工作报告, 作了讲话, 就…作说明: 作, perhaps 了, a short unpunctuated object, a word of <see cref="MeetingVocabulary.ReportEnds"/>.</summary>
    private static readonly System.Text.RegularExpressions.Regex ReportMade = new(
        "作了?[^，,。；、]{0,14}?(?:" + string.Join("|", MeetingVocabulary.ReportEnds) + ")", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Nouns for the chairs that name them after (主持人：X, 执行主席的是：X、Y).</summary>
    private static readonly string[] ChairNouns = { MeetingVocabulary.ChairNoun, MeetingVocabulary.ExecutiveChair };

    /// <summary>
    /// The chairs, when the meeting has none yet: the names after a chair noun (主持人：X, 执行主席的是：X、Y), else the
    /// name or co-chairs before 主持 (X、Y共同主持), else a name after 会议由 (会议由X主持).
    /// </summary>
    public static void AddChair(FoundMeeting meeting, string sentence, IReadOnlyList<string> names)
    {
        if (meeting.Chairs.Count > 0)
        {
            return;
        }

        foreach (var noun in ChairNouns)
        {
            var after = sentence.IndexOf(noun, StringComparison.Ordinal);
            if (after >= 0)
            {
                meeting.Chairs.AddRange(CoChairs.After(sentence, after + noun.Length, names));
                if (meeting.Chairs.Count > 0)
                {
                    return;
                }
            }
        }

        var at = sentence.IndexOf(MeetingVocabulary.Chair, StringComparison.Ordinal);
        if (at > 0)
        {
            meeting.Chairs.AddRange(CoChairs.Before(sentence, at, 0, names));
        }

        var by = sentence.IndexOf(MeetingVocabulary.ChairedBy, StringComparison.Ordinal);
        if (meeting.Chairs.Count == 0 && by >= 0)
        {
            foreach (var name in names)
            {
                if (string.CompareOrdinal(sentence, by + MeetingVocabulary.ChairedBy.Length, name, 0, name.Length) == 0 || sentence.IndexOf(name, by, StringComparison.Ordinal) > by)
                {
                    meeting.Chairs.Add(name);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The attendees, in text order, without the chair: the page's people named before an attending verb (X、Y出席) or
    /// before a speech given at the meeting (X在会上讲话), and those listed after a verb of taking part (就座的还有X、Y).
    /// </summary>
    public static void AddAttendees(FoundMeeting meeting, string sentence, IReadOnlyList<string> names)
    {
        foreach (var verb in MeetingVocabulary.AttendVerbs)
        {
            var at = sentence.IndexOf(verb, StringComparison.Ordinal);
            if (at > 0 && !AttendsOtherEvent(sentence, at + verb.Length))
            {
                AddNamed(meeting, sentence, names, 0, at);
            }
        }

        foreach (System.Text.RegularExpressions.Match speech in SpeechMentions.SpokeAt.Matches(sentence))
        {
            if (SpeechMentions.IsReported(sentence.Substring(0, speech.Index), speech.Groups["of"].Success))
            {
                AddNamed(meeting, sentence, names, 0, speech.Index);
            }
        }

        var report = ReportMade.Match(sentence);
        if (report.Success && !NotHeld.IsReferring(sentence.Substring(0, report.Index)))
        {
            AddNamed(meeting, sentence, names, 0, report.Index);
        }

        var listed = ListedAttendance.Match(sentence);
        if (listed.Success)
        {
            AddNamed(meeting, sentence, names, listed.Index + listed.Length, sentence.Length);
        }
    }

    /// <summary>出席了相关活动: the object of the attending verb is another kind of event, not the meeting.</summary>
    private static bool AttendsOtherEvent(string sentence, int after)
    {
        var end = after;
        while (end < sentence.Length && Text.Hanzi.IsHanzi(sentence[end]))
        {
            end++;
        }

        var obj = sentence.Substring(after, end - after);
        foreach (var word in MeetingVocabulary.OtherEvents)
        {
            if (obj.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's people named between <paramref name="from"/> and <paramref name="to"/>, added in text order.</summary>
    private static void AddNamed(FoundMeeting meeting, string sentence, IReadOnlyList<string> names, int from, int to)
    {
        if (to <= from)
        {
            return;
        }

        var found = new List<(int Index, string Name)>();
        foreach (var name in names)
        {
            var i = sentence.IndexOf(name, from, StringComparison.Ordinal);
            while (i >= 0 && i < to)
            {
                if (!Covered(found, i, name.Length) && !InBrackets(sentence, i) && !IsCredited(sentence, i))
                {
                    found.Add((i, name));
                }

                i = sentence.IndexOf(name, i + name.Length, StringComparison.Ordinal);
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        foreach (var (_, name) in found)
        {
            if (!meeting.Attendees.Contains(name) && !meeting.Chairs.Contains(name))
            {
                meeting.Attendees.Add(name);
            }
        }
    }

    /// <summary>A person's name that ends right before <paramref name="end"/>, preferring names found on the page (longest first).</summary>
    public static string? NameEndingAt(string text, int end, int floor, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (end - name.Length >= floor && string.CompareOrdinal(text, end - name.Length, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        for (var length = LongestGuessedName; length >= ShortestGuessedName; length--)
        {
            if (end - length >= floor && PersonNames.LengthAt(text, end - length) == length)
            {
                return text.Substring(end - length, length);
            }
        }

        return null;
    }

    /// <summary>
    /// A name inside brackets before <paramref name="at"/> is a credit or an aside ((记者 X Y) glued to the lead), not a
    /// person taking part.
    /// </summary>
    private static bool InBrackets(string sentence, int at)
    {
        var open = sentence.LastIndexOfAny(MeetingVocabulary.OpenBrackets, at);
        return open >= 0 && sentence.IndexOfAny(MeetingVocabulary.CloseBrackets, open, at - open) < 0;
    }

    /// <summary>记者欧阳明报道: a name right after a credit word is the reporter's, not a person taking part.</summary>
    private static bool IsCredited(string sentence, int at)
    {
        var before = sentence.Substring(0, at).TrimEnd();
        foreach (var word in MeetingVocabulary.CreditWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A longer name already found here holds this one (王小明 holds 王小).</summary>
    private static bool Covered(List<(int Index, string Name)> found, int index, int length)
    {
        foreach (var (i, name) in found)
        {
            if (index < i + name.Length && i < index + length)
            {
                return true;
            }
        }

        return false;
    }
}
