using System;
using System.Collections.Generic;
using NewsContent.Cli.Extraction;
using NewsContent.Generator.Model;

namespace NewsContent.Cli.Html;

/// <summary>Every highlight of a seed's report: article parts, meetings, people, figures and dates, with their members and anchors.</summary>
internal static class MarkCollector
{
    /// <summary>What a number inside a name (八项规定) shows where an amount shows its member: it has none.</summary>
    public const string InName = "number inside a name";

    /// <summary>How far past a meeting's recorded start its printed name may end (会议 closes it).</summary>
    private const int MaxMeetingNameLength = 80;

    public static List<Mark> Collect(SeedExtraction extraction)
    {
        var page = extraction.Named.Page;
        var text = extraction.Text;
        var marks = new List<Mark>();
        for (var i = 0; i < page.Articles.Count; i++)
        {
            AddParts(marks, page.Articles[i], MemberNames.Article(extraction, i));
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var meeting = page.Meetings[i];
            var member = MemberNames.Meeting(extraction, i);
            var (start, end) = LocateMeeting(text, meeting);
            var title = meeting.Name + (meeting.Date is null ? string.Empty : " · " + meeting.Date) + (meeting.Chairs.Count == 0 ? string.Empty : " · 主持 " + string.Join("、", meeting.Chairs)) + " · " + member;
            marks.Add(new Mark(start, end, Mark.MeetingLayer, start == end ? "meeting marker" : "meeting", Anchors.Meeting(i), member, title));
        }

        for (var i = 0; i < page.People.Count; i++)
        {
            AddPerson(marks, extraction, page, i);
        }

        for (var i = 0; i < page.Figures.Count; i++)
        {
            var figure = page.Figures[i];
            var member = MemberNames.Figure(extraction, i);
            var title = figure.Value + " " + figure.Unit + (figure.Counts.Length > 0 ? " · " + figure.Counts : string.Empty) + " · " + (member ?? InName);
            marks.Add(new Mark(figure.Source.Offset, figure.Source.Offset + figure.Source.Length, Mark.ValueLayer, "figure", Anchors.Figure(i), member, title));
        }

        for (var i = 0; i < page.Dates.Count; i++)
        {
            var date = page.Dates[i];
            var title = date.Text + " → " + (date.Resolved ?? "unresolved");
            marks.Add(new Mark(date.Source.Offset, date.Source.Offset + date.Source.Length, Mark.ValueLayer, date.Resolved is null ? "date unresolved" : "date",
                Anchors.Date(i), null, title, date.Resolved ?? string.Empty));
        }

        return marks;
    }

    private static void AddParts(List<Mark> marks, ArticleModel article, string member)
    {
        foreach (var piece in article.Pieces)
        {
            var (start, end) = ArticleParts.Visible(piece.Text);
            if (end > start)
            {
                var role = ArticleParts.ClassOf(piece.Role);
                marks.Add(new Mark(piece.Offset + start, piece.Offset + end, Mark.PartLayer, "part " + role, null, null, role + " · " + member));
            }
        }
    }

    /// <summary>The person's recorded location is their first mention; later mentions in the article text are highlighted too, without the anchor.</summary>
    private static void AddPerson(List<Mark> marks, SeedExtraction extraction, PageModel page, int index)
    {
        var person = page.People[index];
        var member = MemberNames.Person(extraction, person.Name);
        var title = person.Name + (person.Titles.Count > 0 ? "（" + string.Join("、", person.Titles) + "）" : string.Empty) + (member is null ? string.Empty : " · " + member);
        var primary = person.Source.Offset;
        marks.Add(new Mark(primary, primary + person.Source.Length, Mark.PersonLayer, "person", Anchors.Person(index), member, title));
        if (person.Name.Length == 0)
        {
            return;
        }

        foreach (var article in page.Articles)
        {
            foreach (var piece in article.Pieces)
            {
                for (var at = piece.Text.IndexOf(person.Name, StringComparison.Ordinal); at >= 0; at = piece.Text.IndexOf(person.Name, at + person.Name.Length, StringComparison.Ordinal))
                {
                    if (piece.Offset + at != primary)
                    {
                        marks.Add(new Mark(piece.Offset + at, piece.Offset + at + person.Name.Length, Mark.PersonLayer, "person mention", null, member, title));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The model records where a meeting's name starts, not its printed length: take the name (or an alias) when the text
    /// spells it there, else the words up to the next 会议, else a point marker.
    /// </summary>
    private static (int Start, int End) LocateMeeting(string text, MeetingModel meeting)
    {
        var start = Math.Min(Math.Max(0, meeting.Source.Offset), text.Length);
        var best = 0;
        foreach (var name in Candidates(meeting))
        {
            if (name.Length > best && string.CompareOrdinal(text, start, name, 0, name.Length) == 0)
            {
                best = name.Length;
            }
        }

        if (best > 0)
        {
            return (start, start + best);
        }

        var limit = Math.Min(text.Length, start + MaxMeetingNameLength);
        for (var i = start; i + 1 < limit; i++)
        {
            if (NewsContent.Generator.Parsing.Text.SeedText.IsLineBreak(text[i]) || text[i] is '。' or '，' or ',')
            {
                break;
            }

            if (text[i] == '会' && text[i + 1] == '议')
            {
                return (start, i + 2);
            }
        }

        return (start, start);
    }

    private static IEnumerable<string> Candidates(MeetingModel meeting)
    {
        yield return meeting.Name;
        foreach (var alias in meeting.Aliases)
        {
            yield return alias;
        }
    }
}
