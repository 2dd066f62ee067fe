using System;
using System.Collections.Generic;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// Finds meetings reported as held, in phases with a typed result between them:
/// sentences (<see cref="Clauses"/>) -> mentions, one file per detection family (<see cref="HeldMentions"/>,
/// <see cref="SubjectMentions"/>, <see cref="AttendedMentions"/>, <see cref="SpeechMentions"/>) -> the meetings of one article
/// (<see cref="MeetingMerging.InOneArticle"/>) with the details of its own meeting (<see cref="MeetingPeople"/>,
/// <see cref="MeetingDocuments"/>) -> the meetings of the page (<see cref="MeetingMerging.IntoPage"/>) -> links from
/// the other articles that mention them (<see cref="MeetingLinks"/>).
/// </summary>
internal static class MeetingFinder
{
    /// <param name="texts">The articles' text.</param>
    /// <param name="articles">The article models, in the same order: the dateline's resolved date comes from them.</param>
    /// <param name="people">The page's people: chairs and attendees are looked for among them first.</param>
    /// <param name="published">The page's date, for dates printed without a year.</param>
    public static List<FoundMeeting> Find(IReadOnlyList<ArticleText> texts, IReadOnlyList<ArticleModel> articles, IReadOnlyList<FoundPerson> people, DateTime? published)
    {
        var names = new List<string>();
        foreach (var person in people)
        {
            names.Add(person.Name);
        }

        // Longest first: a name that holds a shorter one is tried before it.
        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var meetings = new List<FoundMeeting>();
        for (var i = 0; i < texts.Count; i++)
        {
            var article = texts[i];
            var datelineDay = articles[i].DatelineDate;
            var mentions = Mentions(article, names, published, datelineDay);
            if (mentions.Count == 0)
            {
                continue;
            }

            var local = MeetingMerging.InOneArticle(mentions);
            AddDetails(local[0], article, names);
            foreach (var meeting in local)
            {
                if (meeting != local[0] && meeting.Attendees.Count == 0 && meeting.MentionOffsets.Overlaps(local[0].MentionOffsets))
                {
                    // X、Y接连召开: meetings reported in one list were followed together, by the same people.
                    meeting.Attendees.AddRange(local[0].Attendees);
                }

                if (meeting.DispatchDates)
                {
                    meeting.Date ??= datelineDay;
                }

                meeting.Attendees.RemoveAll(meeting.Chairs.Contains);
                MeetingMerging.IntoPage(meetings, meeting);
            }
        }

        MeetingLinks.Link(meetings, texts);
        return meetings;
    }

    /// <summary>Every mention of a meeting held, sentence by sentence; in a sentence, the families in a fixed order.</summary>
    private static List<MeetingMention> Mentions(ArticleText article, IReadOnlyList<string> names, DateTime? published, string? datelineDay)
    {
        var mentions = new List<MeetingMention>();
        foreach (var segment in article.All)
        {
            foreach (var (start, end) in Clauses.Sentences(segment.Text))
            {
                var sentence = new MentionSentence(article.Number, segment, start, end, published, datelineDay);
                HeldMentions.Find(sentence, names, mentions);
                SubjectMentions.FindAll(sentence, mentions);
                AttendedMentions.Find(sentence, mentions);
                SpeechMentions.Find(sentence, mentions);
            }
        }

        return mentions;
    }

    /// <summary>The chair, attendees and documents of an article's own meeting, from every sentence of the article.</summary>
    private static void AddDetails(FoundMeeting meeting, ArticleText article, IReadOnlyList<string> names)
    {
        foreach (var segment in article.All)
        {
            foreach (var (start, end) in Clauses.Sentences(segment.Text))
            {
                var sentence = segment.Text.Substring(start, end - start);
                MeetingPeople.AddChair(meeting, sentence, names);
                MeetingPeople.AddAttendees(meeting, sentence, names);
                MeetingDocuments.Add(meeting, sentence);
            }
        }
    }
}
