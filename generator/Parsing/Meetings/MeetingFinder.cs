using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Dates;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>A meeting found on a page, before it becomes a model.</summary>
internal sealed class FoundMeeting
{
    public FoundMeeting(string name, int article, int seedOffset)
    {
        Name = name;
        Article = article;
        SeedOffset = seedOffset;
        Aliases.Add(name);
    }

    public string Name { get; set; }

    public int Article { get; }

    public int SeedOffset { get; }

    public List<string> Aliases { get; } = new();

    public string? Chair { get; set; }

    public string? Date { get; set; }

    public List<string> Attendees { get; } = new();

    public List<string> Documents { get; } = new();

    public SortedSet<int> MentionedIn { get; } = new();

    public int? Ordinal => MeetingNames.Ordinal(Name);
}

/// <summary>
/// Finds meetings reported as held: 主持召开X会议, X召开(扩大)会议, X会议召开/举行, with the chair (主持),
/// attendees (出席, 参加, 列席), documents reviewed (审议通过《…》) and the date. A meeting that several
/// articles report or mention is one meeting.
/// </summary>
internal static class MeetingFinder
{
    private static readonly Regex HeldTail = new("^(?:[（(][^）)，,。]{1,8}[）)])?(?:第[0-9０-９一二三四五六七八九十百零〇]{1,6}次)?(?:全体|常务|专题|扩大|主席团)?会议", RegexOptions.CultureInvariant);
    private static readonly string[] AttendVerbs = { "出席", "参加", "列席", "收听收看" };
    private static readonly string[] SubjectVerbs = { "举行", "举办", "开幕", "闭幕" };
    private static readonly string[] ReviewVerbs = { "审议通过", "审议并原则通过", "原则通过", "审议了", "审议", "通过了" };

    public static List<FoundMeeting> Find(IReadOnlyList<ArticleText> articles, IReadOnlyList<FoundPerson> people, DateTime? published)
    {
        var names = new List<string>();
        foreach (var person in people)
        {
            names.Add(person.Name);
        }

        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var meetings = new List<FoundMeeting>();
        foreach (var article in articles)
        {
            var local = new List<FoundMeeting>();
            foreach (var segment in article.All)
            {
                foreach (var (start, end) in Clauses.Sentences(segment.Text))
                {
                    FindHeld(article, segment, start, end, names, published, local);
                }
            }

            if (local.Count == 0)
            {
                continue;
            }

            var primary = local[0];
            foreach (var segment in article.All)
            {
                foreach (var (start, end) in Clauses.Sentences(segment.Text))
                {
                    var sentence = segment.Text.Substring(start, end - start);
                    AddChair(primary, sentence, names);
                    AddAttendees(primary, sentence, names);
                    AddDocuments(primary, sentence);
                }
            }

            foreach (var meeting in local)
            {
                meeting.Date ??= article.DatelineDate is null ? null : DateResolver.Resolve(article.DatelineDate, published);
                meeting.Attendees.RemoveAll(a => a == meeting.Chair);
                MergeInto(meetings, meeting);
            }
        }

        foreach (var meeting in meetings)
        {
            var mention = MeetingNames.Mention(meeting.Name);
            foreach (var article in articles)
            {
                if (article.Number == meeting.Article)
                {
                    continue;
                }

                foreach (var segment in article.All)
                {
                    if (MeetingNames.IsMentioned(segment.Text, mention))
                    {
                        meeting.MentionedIn.Add(article.Number);
                    }
                }
            }
        }

        return meetings;
    }

    private static void FindHeld(ArticleText article, MappedText segment, int start, int end, List<string> names, DateTime? published, List<FoundMeeting> local)
    {
        var text = segment.Text;
        var at = IndexOf(text, "召开", start, end);
        while (at >= 0)
        {
            var clauseStart = ClauseStart(text, start, at);
            var after = at + 2;
            if (after < end && text[after] == '了')
            {
                after++;
            }

            var clauseEnd = ClauseEnd(text, after, end);
            string? name = null;
            string? chair = null;
            var chaired = at >= 2 && string.CompareOrdinal(text, at - 2, "主持", 0, 2) == 0;
            if (chaired || at == clauseStart || (after < end && text[after - 1] == '了'))
            {
                name = MeetingNames.TrimToMeeting(text.Substring(after, clauseEnd - after));
                if (chaired)
                {
                    chair = NameEndingAt(text, at - 2, clauseStart, names) ?? NameBeforePlace(text, at - 2, clauseStart, names);
                }
            }
            else
            {
                FindBySubject(article, segment, start, end, at, 2, published, local);
            }

            if (name is not null && name.Length >= 2)
            {
                var meeting = new FoundMeeting(MeetingNames.Clean(name), article.Number, segment.SeedOffset(after)) { Chair = chair };
                meeting.Date = SentenceDate(text, start, end, at, published, DatelineDay(article, published));
                MergeLocal(local, meeting);
            }

            at = IndexOf(text, "召开", at + 2, end);
        }

        foreach (var verb in SubjectVerbs)
        {
            for (var held = IndexOf(text, verb, start, end); held >= 0; held = IndexOf(text, verb, held + verb.Length, end))
            {
                FindBySubject(article, segment, start, end, held, verb.Length, published, local);
            }
        }

        foreach (var verb in AttendVerbs)
        {
            for (var attend = IndexOf(text, verb, start, end); attend >= 0; attend = IndexOf(text, verb, attend + verb.Length, end))
            {
                // 出席座谈会, 参加了十届全国人大二次会议某省代表团全体会议: attending a named meeting reports it held.
                var after = attend + verb.Length;
                after += after < end && text[after] == '了' ? 1 : 0;
                var named = MeetingNames.TrimToMeeting(text.Substring(after, ClauseEnd(text, after, end) - after));
                if (named is not null && MeetingNames.IsMeetingName(named, standalone: true) && !MeetingNames.HasLooseOwner(named) && !MeetingNames.HasAction(named)
                    && !MeetingNames.IsPlanned(text.Substring(ClauseStart(text, start, attend), attend - ClauseStart(text, start, attend))))
                {
                    MergeLocal(local, new FoundMeeting(MeetingNames.Clean(named), article.Number, segment.SeedOffset(after))
                    {
                        Date = SentenceDate(text, start, end, attend, published, DatelineDay(article, published)),
                    });
                }
            }
        }
    }

    /// <summary>
    /// X举行/举办/开幕/闭幕, X在…举行的Y会议, X举行全体会议, X、Y先后召开: the meeting is the clause's subject, with
    /// its place (在…), time (于…, 2月28日上午) and adverbs (先后, 隆重) cut away.
    /// </summary>
    private static void FindBySubject(ArticleText article, MappedText segment, int start, int end, int verbAt, int verbLength, DateTime? published, List<FoundMeeting> local)
    {
        var text = segment.Text;
        var clauseStart = ClauseStart(text, start, verbAt);
        if (MeetingNames.IsPlanned(text.Substring(clauseStart, verbAt - clauseStart)) || MeetingNames.IsDecided(text.Substring(Math.Max(start, verbAt - MaxClause), verbAt - Math.Max(start, verbAt - MaxClause))))
        {
            return;
        }

        var subject = MeetingNames.SubjectBefore(text.Substring(clauseStart, verbAt - clauseStart));
        var after = verbAt + verbLength;
        after += after < end && text[after] == '了' ? 1 : 0;
        var rest = text.Substring(after, ClauseEnd(text, after, end) - after);
        var names = new List<string>();
        var tail = HeldTail.Match(rest);
        if (rest.StartsWith("的", StringComparison.Ordinal) && MeetingNames.TrimToMeeting(rest.Substring(1)) is { } owned)
        {
            // 中共某某省委在六月中旬举行的扩大会议; 昨天召开的十三届市委常委会第167次会议
            var generic = HeldTail.Match(owned) is { Success: true } kind && kind.Length == owned.Length;
            names.Add(subject.Length >= 2 && generic ? subject + owned : owned);
        }
        else if (subject.Length >= 2 && tail.Success)
        {
            names.Add(subject + tail.Value);
        }
        else if (rest.Length > 0 && MeetingNames.TrimToMeeting(rest) is { } objectName && MeetingNames.IsMeetingName(objectName, standalone: true)
            && !MeetingNames.HasLooseOwner(objectName) && !MeetingNames.HasAction(objectName) && text.Substring(verbAt, verbLength) is "举办" or "召开")
        {
            // 还举办了…讲座和“乡土文学的传承与创新”研讨会
            names.Add(MeetingNames.LastConjunct(objectName));
        }
        else
        {
            foreach (var part in subject.Split('、'))
            {
                if (MeetingNames.IsMeetingName(part))
                {
                    names.Add(part);
                }
            }
        }

        foreach (var name in names)
        {
            if (MeetingNames.IsReference(name))
            {
                continue;
            }

            MergeLocal(local, new FoundMeeting(MeetingNames.Clean(name), article.Number, segment.SeedOffset(clauseStart)) { Date = SentenceDate(text, start, end, verbAt, published, DatelineDay(article, published)) });
        }
    }

    private const int MaxClause = 120;

    private const string RangeMarks = "至到—-－~～";

    /// <summary>The day a dated dispatch was filed (本报11月3日讯): what its 今天 means.</summary>
    private static string? DatelineDay(ArticleText article, DateTime? published) =>
        article.DatelineDate is null ? null : DateResolver.Resolve(article.DatelineDate, published);

    /// <summary>
    /// The date the sentence gives the meeting: the last date before the verb (after any dateline), else the first
    /// after it, else the last date earlier in the paragraph (8月2日下午,… 出席座谈会).
    /// </summary>
    private static string? SentenceDate(string text, int start, int end, int verbAt, DateTime? published, string? today)
    {
        var from = start;
        if (Articles.LineShapes.TryDateline(text.Substring(start, Math.Min(end - start, MaxClause)).TrimStart(), out var dateline, out var printed))
        {
            // Skip the dispatch's own date (新华社西安4月16日电), but not a date printed after it (本报讯 2月17日).
            from = text.IndexOf(dateline, start, StringComparison.Ordinal) + dateline.Length;
            if (printed is not null && dateline.EndsWith(printed, StringComparison.Ordinal))
            {
                from -= printed.Length;
            }
        }

        // Only dates near the verb speak for it; the window also keeps many verbs in one long sentence linear.
        from = Math.Max(from, verbAt - MaxClause);
        end = Math.Min(end, verbAt + MaxClause);
        string? before = null;
        string? after = null;
        var previousEnd = -1;
        foreach (var date in DateResolver.Find(text.Substring(from, Math.Max(0, end - from)), published))
        {
            var resolved = date.Text.StartsWith("今", StringComparison.Ordinal) && today is not null ? today : date.Resolved;
            var isRangeEnd = previousEnd >= 0 && date.Start - previousEnd is >= 1 and <= 2 && RangeMarks.IndexOf(text[from + previousEnd]) >= 0;
            previousEnd = date.Start + date.Length;
            if (resolved is null || isRangeEnd)
            {
                // 4月14日至16日: the meeting's date is the day it opened.
                continue;
            }

            if (from + date.Start < verbAt)
            {
                before = resolved;
            }
            else
            {
                after ??= resolved;
            }
        }

        if (before is null && after is null && start > 0)
        {
            var window = Math.Max(0, start - MaxClause);
            foreach (var date in DateResolver.Find(text.Substring(window, start - window), published))
            {
                before = date.Resolved ?? before;
            }
        }

        return before ?? after;
    }

    private static void AddChair(FoundMeeting meeting, string sentence, List<string> names)
    {
        if (meeting.Chair is not null)
        {
            return;
        }

        var at = sentence.IndexOf("主持", StringComparison.Ordinal);
        if (at > 0)
        {
            meeting.Chair = NameEndingAt(sentence, at, 0, names);
        }

        var by = sentence.IndexOf("会议由", StringComparison.Ordinal);
        if (meeting.Chair is null && by >= 0)
        {
            foreach (var name in names)
            {
                if (string.CompareOrdinal(sentence, by + 3, name, 0, name.Length) == 0 || sentence.IndexOf(name, by, StringComparison.Ordinal) > by)
                {
                    meeting.Chair = name;
                    break;
                }
            }
        }
    }

    private static void AddAttendees(FoundMeeting meeting, string sentence, List<string> names)
    {
        foreach (var verb in AttendVerbs)
        {
            var at = sentence.IndexOf(verb, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var found = new List<(int Index, string Name)>();
            foreach (var name in names)
            {
                var i = sentence.IndexOf(name, StringComparison.Ordinal);
                while (i >= 0 && i < at)
                {
                    if (!Covered(found, i, name.Length))
                    {
                        found.Add((i, name));
                    }

                    i = sentence.IndexOf(name, i + name.Length, StringComparison.Ordinal);
                }
            }

            found.Sort((a, b) => a.Index.CompareTo(b.Index));
            foreach (var (_, name) in found)
            {
                if (!meeting.Attendees.Contains(name) && name != meeting.Chair)
                {
                    meeting.Attendees.Add(name);
                }
            }
        }
    }

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

    private static void AddDocuments(FoundMeeting meeting, string sentence)
    {
        foreach (var verb in ReviewVerbs)
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
                if (lastClose >= 0 && gap.Length > 0 && gap != "和" && gap != "及" && gap != "、" && gap != "以及")
                {
                    break;
                }

                AddDocument(meeting, sentence.Substring(open, close - open + 1));
                lastClose = close;
                i = close + 1;
            }

            if (lastClose >= 0)
            {
                var rest = sentence.Substring(lastClose + 1).TrimEnd('。', '！', '；');
                foreach (var joiner in new[] { "和", "及", "以及" })
                {
                    if (rest.StartsWith(joiner, StringComparison.Ordinal) && rest.Length > joiner.Length + 2 && rest.IndexOf('，') < 0 && rest.IndexOf(',') < 0)
                    {
                        AddDocument(meeting, rest.Substring(joiner.Length));
                        break;
                    }
                }
            }

            return;
        }
    }

    private static void AddDocument(FoundMeeting meeting, string document)
    {
        if (!meeting.Documents.Contains(document))
        {
            meeting.Documents.Add(document);
        }
    }

    /// <summary>A person's name that ends right before <paramref name="end"/>, preferring names found on the page.</summary>
    private static string? NameEndingAt(string text, int end, int floor, List<string> names)
    {
        foreach (var name in names)
        {
            if (end - name.Length >= floor && string.CompareOrdinal(text, end - name.Length, name, 0, name.Length) == 0)
            {
                return name;
            }
        }

        for (var length = 3; length >= 2; length--)
        {
            if (end - length >= floor && PersonFinder.NameLengthAt(text, end - length) == length)
            {
                return text.Substring(end - length, length);
            }
        }

        return null;
    }

    /// <summary>丁薛祥在西安主持: the chair's name stands before a short 在-phrase of place.</summary>
    private static string? NameBeforePlace(string text, int end, int floor, List<string> names)
    {
        var at = text.LastIndexOf('在', end - 1, Math.Max(0, Math.Min(end - floor, 10)));
        return at > floor ? NameEndingAt(text, at, floor, names) : null;
    }

    private static void MergeLocal(List<FoundMeeting> local, FoundMeeting meeting)
    {
        foreach (var existing in local)
        {
            if ((MeetingNames.AreSame(existing.Name, meeting.Name) || MeetingNames.AreSameKind(existing.Name, meeting.Name))
                && (existing.Chair is null || meeting.Chair is null || existing.Chair == meeting.Chair))
            {
                Absorb(existing, meeting);
                return;
            }
        }

        local.Add(meeting);
    }

    private static void MergeInto(List<FoundMeeting> meetings, FoundMeeting meeting)
    {
        if (meeting.Name.IndexOf('暨') > 0)
        {
            // 十三届市委常委会第167次会议暨…领导小组第一次会议 in a later article: a mention of meetings already found.
            FoundMeeting? last = null;
            foreach (var part in meeting.Name.Split('暨'))
            {
                foreach (var existing in meetings)
                {
                    if (existing.Article != meeting.Article && MeetingNames.AreSame(existing.Name, part))
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

        foreach (var existing in meetings)
        {
            if (MeetingNames.Key(existing.Name) == MeetingNames.Key(meeting.Name) && (existing.Chair is null || meeting.Chair is null || existing.Chair == meeting.Chair))
            {
                Absorb(existing, meeting);
                existing.MentionedIn.Add(meeting.Article);
                return;
            }
        }

        meetings.Add(meeting);
    }

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

        into.Chair ??= other.Chair;
        into.Date ??= other.Date;
        foreach (var attendee in other.Attendees)
        {
            if (!into.Attendees.Contains(attendee))
            {
                into.Attendees.Add(attendee);
            }
        }
    }

    private static int ClauseStart(string text, int floor, int at) => Clauses.Start(text, floor, at, MaxClause, ClauseMarks.Meeting);

    private static int ClauseEnd(string text, int from, int end) => Clauses.End(text, from, end, MaxClause, ClauseMarks.Meeting);

    private static int IndexOf(string text, string value, int start, int end)
    {
        var i = text.IndexOf(value, start, StringComparison.Ordinal);
        return i >= 0 && i + value.Length <= end ? i : -1;
    }
}
