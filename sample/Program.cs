using System;
using System.Linq;
using NewsContent;

// A readable digest of the embedded seeds, entirely through the generated, typed members.
Console.OutputEncoding = System.Text.Encoding.UTF8;

Console.WriteLine($"Lead article: {Articles.HuangQinZhuChiZhaoKaiShiTui.Headline} ({Articles.HuangQinZhuChiZhaoKaiShiTui.Dateline})");
Console.WriteLine($"Meeting of record: {MeetingNames.ShiWeiChangWeiHuiDi167CiHuiYi}, chaired by {Meetings.ShiWeiChangWeiHuiDi167CiHuiYi.Chair}");
Console.WriteLine($"Firms back at work: {FigureValues.QuanShiBeiAn_4928Jia} {Figures.QuanShiBeiAn_4928Jia.Unit}; share: {Figures.LeiJiFuGong_79_3Pct.Value}{Figures.LeiJiFuGong_79_3Pct.Unit}");
Console.WriteLine($"Party secretary: {People.HuangQin.Name}, {string.Join("、", People.HuangQin.Titles)}");
Console.WriteLine();

Console.WriteLine($"== Articles ({Catalog.Articles.Count}) ==");
foreach (var article in Catalog.Articles)
{
    Console.WriteLine($"[{article.Id}] {article.Headline}");
    if (article.Subheadings.Count > 0)
    {
        Console.WriteLine($"    subheadings: {string.Join(" / ", article.Subheadings)}");
    }

    Console.WriteLine($"    dateline: {article.Dateline ?? "-"}  byline: {article.Byline ?? "-"}  continued on page: {article.ContinuedOnPage?.ToString() ?? "-"}  paragraphs: {article.Paragraphs.Count}");
}

Console.WriteLine();
Console.WriteLine($"== Meetings ({Catalog.Meetings.Count}) ==");
foreach (var meeting in Catalog.Meetings)
{
    Console.WriteLine($"{meeting.Name}");
    Console.WriteLine($"    date: {meeting.DateText ?? "-"}  chair: {meeting.Chair ?? "-"}  attendees: {string.Join("、", meeting.Attendees)}");
    foreach (var document in meeting.Documents)
    {
        Console.WriteLine($"    reviewed: {document}");
    }
}

Console.WriteLine();
Console.WriteLine($"== Figures ({Catalog.Figures.Count}) ==");
foreach (var figure in Catalog.Figures)
{
    Console.WriteLine($"{figure.Text,-10} = {figure.Value} {figure.Unit,-6} counts: {figure.Counts}");
}

Console.WriteLine();
Console.WriteLine($"== People ({Catalog.People.Count}) ==");
foreach (var person in Catalog.People)
{
    var meetings = person.MeetingIds.Select(id => Catalog.FindMeeting(id)?.Name).Where(n => n is not null);
    Console.WriteLine($"{person.Name}: {string.Join("、", person.Titles)}  articles: {person.ArticleIds.Count}  meetings: {string.Join("; ", meetings)}");
}
