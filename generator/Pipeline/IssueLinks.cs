using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing.Articles;
using NewsContent.Generator.Parsing.Dates;

namespace NewsContent.Generator.Pipeline;

/// <summary>
/// Pages grouped into issues (one paper, one date) and the continuations of each issue linked: an article that says
/// 下转第4版 to the part on page 4 that says 上接 its page. The steps work on small per-seed summaries, and each issue
/// is linked on its own, so an edit of one page re-links only its issue.
/// </summary>
internal static class IssueLinks
{
    /// <summary>A named page as its issue needs it.</summary>
    public static PageSummary Summary(NamedPage named)
    {
        var page = named.Page;
        var date = DateResolver.TryParsePublishedOn(page.PublishedOn, out var published) ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var articles = page.Articles.Select(a => new ArticleMark(ContentIds.Article(page.RelativePath, a.Number),
            new[] { a.Headline }.Concat(a.Subheadings).Where(t => t.Length > 0).ToEquatableArray(),
            Mark(a.ContinuedOnSection, a.ContinuedOnPage, page.PageSection), Mark(a.ContinuedFromSection, a.ContinuedFromPage, page.PageSection)));
        var label = page.PageNumber is { } number ? new PageLabel(page.PageSection, number) : (PageLabel?)null;
        return new PageSummary(ContentIds.Page(page.RelativePath), page.Paper, date, label, articles.ToEquatableArray());
    }

    /// <summary>
    /// The pages of each issue, issues by date then paper; pages by section (when the issue has several), then number
    /// (unnumbered last), then id.
    /// </summary>
    public static IEnumerable<IssuePages> Group(IEnumerable<PageSummary> pages) =>
        pages.GroupBy(p => (Paper: p.Paper ?? string.Empty, Date: p.Date ?? string.Empty))
            .OrderBy(g => g.Key.Date, StringComparer.Ordinal).ThenBy(g => g.Key.Paper, StringComparer.Ordinal)
            .Select(g =>
            {
                var sectioned = IsSectioned(g);
                return new IssuePages(g.First().Paper, g.First().Date,
                    g.OrderBy(p => p.Label is null ? 1 : 0).ThenBy(p => Key(p.Label, sectioned)?.Section ?? string.Empty, StringComparer.Ordinal)
                        .ThenBy(p => p.Label?.Number ?? int.MaxValue).ThenBy(p => p.Id, StringComparer.Ordinal).ToEquatableArray());
            });

    /// <summary>
    /// One issue's continuations. For each pair of pages (from, to), the parts on page "from" marked 下转 "to" are
    /// matched to the parts on page "to" marked 上接 "from": one each way is a link; with several, the most alike
    /// headlines first (<see cref="ContinuationHeadlines"/>), and a last pair left alone is a link. A mark with no page
    /// of its number among the seeds, or no part to match, stays unlinked.
    /// </summary>
    public static LinkedIssue Link(IssuePages issue)
    {
        var links = new List<ContinuationLink>();
        var sectioned = IsSectioned(issue.Pages);
        var marks = issue.Pages.Where(p => p.Label is not null)
            .SelectMany(p => p.Articles.Select(a => (Page: Key(p.Label, sectioned)!.Value, Article: a, On: Key(a.ContinuedOn, sectioned), From: Key(a.ContinuedFrom, sectioned))))
            .ToList();
        foreach (var pair in marks.Where(m => m.On is not null).GroupBy(m => (From: m.Page, To: m.On!.Value)))
        {
            var froms = pair.Select(m => m.Article).ToList();
            var tos = marks.Where(m => m.Page == pair.Key.To && m.From == pair.Key.From).Select(m => m.Article).ToList();
            links.AddRange(Match(froms, tos));
        }

        return new LinkedIssue(ClassName(issue), issue, links.OrderBy(l => l.FromId, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The identifier of an issue's generated shard: its date and a hash of its paper, the same in every build.</summary>
    public static string ClassName(IssuePages issue) =>
        "Issue_" + (issue.Date is null ? "Undated" : issue.Date.Replace("-", string.Empty)) + "_" + StableHash.Of(issue.Paper ?? string.Empty);

    private static IEnumerable<ContinuationLink> Match(List<ArticleMark> froms, List<ArticleMark> tos)
    {
        var scored = froms.SelectMany((from, i) => tos.Select((to, j) => (From: i, To: j, Score: Likeness(from, to))))
            .Where(s => s.Score >= ContinuationHeadlines.MinLikeness)
            .OrderByDescending(s => s.Score).ThenBy(s => s.From).ThenBy(s => s.To);
        var usedFrom = new HashSet<int>();
        var usedTo = new HashSet<int>();
        foreach (var (from, to, _) in scored)
        {
            if (!usedFrom.Contains(from) && !usedTo.Contains(to))
            {
                usedFrom.Add(from);
                usedTo.Add(to);
                yield return new ContinuationLink(froms[from].Id, tos[to].Id);
            }
        }

        var leftFrom = Enumerable.Range(0, froms.Count).Where(i => !usedFrom.Contains(i)).ToList();
        var leftTo = Enumerable.Range(0, tos.Count).Where(j => !usedTo.Contains(j)).ToList();
        if (leftFrom.Count == 1 && leftTo.Count == 1)
        {
            yield return new ContinuationLink(froms[leftFrom[0]].Id, tos[leftTo[0]].Id);
        }
    }

    /// <summary>
    /// Section letters tell pages apart only in an issue printed in several sections (A04, B04). Where at most one letter
    /// is printed (A05版 among pages that print none), the letter is part of how the page is written, not of which page
    /// it is: pages are ordered and marks matched by number.
    /// </summary>
    private static bool IsSectioned(IEnumerable<PageSummary> pages) =>
        pages.Select(p => p.Label?.Section).Where(s => s is not null).Distinct(StringComparer.Ordinal).Skip(1).Any();

    private static PageLabel? Key(PageLabel? label, bool sectioned) => sectioned || label is null ? label : label.Value with { Section = null };

    /// <summary>A mark's page: a mark without a letter (下转第4版) names a page of its own page's section.</summary>
    private static PageLabel? Mark(string? section, int? number, string? pageSection) =>
        number is { } page ? new PageLabel(section, page).Within(pageSection) : null;

    private static double Likeness(ArticleMark from, ArticleMark to) =>
        from.Titles.SelectMany(a => to.Titles.Select(b => ContinuationHeadlines.Likeness(a, b))).DefaultIfEmpty(0).Max();
}
