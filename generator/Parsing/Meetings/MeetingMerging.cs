using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>Mentions become meetings: first within one article, then across the page (<see cref="MeetingIdentity"/> says when two are one).</summary>
internal static class MeetingMerging
{
    /// <summary>The meetings one article reports, in the order of their first mention; the first is the article's own meeting.</summary>
    public static List<FoundMeeting> InOneArticle(IReadOnlyList<MeetingMention> mentions)
    {
        var local = new List<FoundMeeting>();
        foreach (var mention in mentions)
        {
            var meeting = new FoundMeeting(mention);
            var existing = local.Find(m => MeetingIdentity.SameInOneArticle(m, meeting));
            if (existing is null)
            {
                local.Add(meeting);
            }
            else
            {
                Absorb(existing, meeting);
            }
        }

        return local;
    }

    /// <summary>Adds an article's meeting to the page's, as a mention of meetings already found or merged with one of them.</summary>
    public static void IntoPage(List<FoundMeeting> meetings, FoundMeeting meeting)
    {
        if (meeting.Name.IndexOf(MeetingVocabulary.JointSitting) > 0)
        {
            // 十三届市委常委会第167次会议暨…领导小组第一次会议 in a later article: a mention of meetings already found.
            FoundMeeting? last = null;
            foreach (var part in meeting.Name.Split(MeetingVocabulary.JointSitting))
            {
                foreach (var existing in meetings)
                {
                    if (MeetingIdentity.NamesPartOfJointSitting(existing, meeting.Article, part))
                    {
                        existing.MentionedIn.Add(meeting.Article);
                        last = existing;
                    }
                }
            }

            if (last is not null)
            {
                if (!last.Aliases.Contains(meeting.Name))
                {
                    last.Aliases.Add(meeting.Name);
                }

                return;
            }
        }

        var same = meetings.Find(m => MeetingIdentity.SameAcrossArticles(m, meeting));
        if (same is null)
        {
            meetings.Add(meeting);
            return;
        }

        Absorb(same, meeting);
        same.MentionedIn.Add(meeting.Article);
    }

    /// <summary>One meeting takes the other's names and the details it lacks.</summary>
    private static void Absorb(FoundMeeting into, FoundMeeting other)
    {
        into.Name = MeetingNames.Combine(into.Name, other.Name);
        foreach (var alias in other.Aliases)
        {
            if (!into.Aliases.Contains(alias))
            {
                into.Aliases.Add(alias);
            }
        }

        if (into.Chairs.Count == 0)
        {
            into.Chairs.AddRange(other.Chairs);
        }

        into.Date ??= other.Date;
        into.DispatchDates |= other.DispatchDates;
        into.MentionOffsets.UnionWith(other.MentionOffsets);
        foreach (var attendee in other.Attendees)
        {
            if (!into.Attendees.Contains(attendee))
            {
                into.Attendees.Add(attendee);
            }
        }
    }
}
