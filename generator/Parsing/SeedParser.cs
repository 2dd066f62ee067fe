using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Articles;
using NewsContent.Generator.Parsing.Dates;
using NewsContent.Generator.Parsing.Figures;
using NewsContent.Generator.Parsing.Meetings;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing;

/// <summary>Seed text in, page model and located issues out. Pure C#: no Roslyn types.</summary>
internal static class SeedParser
{
    /// <summary>Largest seed read, in characters (a page is ~16 KB; this leaves room for whole issues of a paper).</summary>
    public const int MaxSeedLength = 4 * 1024 * 1024;

    /// <summary>Longest line read in full; longer lines are still read but reported.</summary>
    public const int MaxLineLength = 20_000;

    public static ParseResult Parse(SeedInput input)
    {
        var text = input.Text ?? string.Empty;
        if (text.Length > MaxSeedLength)
        {
            return InIssue(input, ParseFolded(input));
        }

        // A page in traditional characters is read through the same lexicons, then given back as printed.
        var (folded, printed) = ScriptFold.Fold(text);
        return InIssue(input, printed.Count == 0 ? ParseFolded(input) : PrintedForms.Restore(ParseFolded(input with { Text = folded }), text, printed));
    }

    /// <summary>The page's place in its issue: the paper from the item, the number from the item or else the page furniture.</summary>
    private static ParseResult InIssue(SeedInput input, ParseResult result)
    {
        var label = PageNumbers.Parse(input.PageNumber);
        var issues = result.Issues;
        if (label is null && input.PageNumber is not null)
        {
            issues = issues.Concat(new[] { SeedIssue.InvalidPageNumber(input.RelativePath, input.PageNumber) }).ToEquatableArray();
        }

        var text = input.Text ?? string.Empty;
        label ??= text.Length > MaxSeedLength ? null : PageNumbers.FromFurniture(text);
        return new ParseResult(result.Page with { Paper = input.Paper, PageNumber = label?.Number, PageSection = label?.Section }, issues);
    }

    private static ParseResult ParseFolded(SeedInput input)
    {
        var issues = new List<SeedIssue>();
        var text = input.Text ?? string.Empty;
        var empty = new PageModel(input.RelativePath, input.PublishedOn, EquatableArray<ArticleModel>.Empty, EquatableArray<MeetingModel>.Empty,
            EquatableArray<FigureModel>.Empty, EquatableArray<PersonModel>.Empty, EquatableArray<DateModel>.Empty);
        if (text.Length > MaxSeedLength)
        {
            issues.Add(SeedIssue.SeedTooLarge(input.RelativePath, text.Length, MaxSeedLength));
            return new ParseResult(empty, issues.ToEquatableArray());
        }

        var seed = new SeedText(text);
        if (input.DecodeFailed || text.IndexOf('\uFFFD') >= 0)
        {
            var at = Math.Max(0, text.IndexOf('\uFFFD'));
            issues.Add(SeedIssue.InvalidUtf8(seed.Span(at, 1), input.RelativePath));
        }

        if (seed.Lines.Count == 0)
        {
            issues.Add(SeedIssue.EmptySeed(input.RelativePath));
            return new ParseResult(empty, issues.ToEquatableArray());
        }

        DateTime? published = null;
        if (DateResolver.TryParsePublishedOn(input.PublishedOn, out var date))
        {
            published = date;
        }
        else if (!string.IsNullOrWhiteSpace(input.PublishedOn))
        {
            issues.Add(SeedIssue.InvalidPublishedOn(input.RelativePath, input.PublishedOn!));
        }

        foreach (var line in seed.Lines)
        {
            if (line.Length > MaxLineLength)
            {
                issues.Add(SeedIssue.LineTooLong(seed.Span(line.Offset, 1), input.RelativePath, line.Number, line.Length, MaxLineLength));
            }
        }

        var (groups, outside) = ArticleSegmenter.Split(seed.Lines);
        ReportOutside(seed, input.RelativePath, outside, groups, issues);
        if (groups.Count == 0)
        {
            issues.Add(SeedIssue.NoArticle(seed.Span(seed.Lines[0].Offset, seed.Lines[0].End - seed.Lines[0].Offset), input.RelativePath));
            return new ParseResult(empty, issues.ToEquatableArray());
        }

        var articles = new List<ArticleModel>();
        var texts = new List<ArticleText>();
        foreach (var group in groups)
        {
            var (article, articleText) = ArticleBuilder.Build(articles.Count + 1, group, seed, published);
            articles.Add(article);
            texts.Add(articleText);
        }

        var people = PersonFinder.Find(texts);
        var meetings = MeetingFinder.Find(texts, articles, people, published);
        var figures = new List<FigureModel>();
        var dates = new List<DateModel>();
        SeedIssue? undatedIssue = null;
        var quotedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in texts)
        {
            foreach (var segment in article.All)
            {
                FigureKinds.CollectNames(segment.Text, quotedNames);
            }
        }

        foreach (var article in texts)
        {
            foreach (var segment in article.All)
            {
                foreach (var figure in FigureFinder.Find(segment.Text, quotedNames))
                {
                    var offset = segment.SeedOffset(figure.Start);
                    figures.Add(new FigureModel(figure.Text, Invariant.Format(figure.Value), figure.Unit, Invariant.Format(figure.NormalizedValue),
                        figure.BaseUnit, figure.Qualifier, figure.Counts, article.Number, seed.Span(offset, segment.SeedLength(figure.Start, figure.Length)), figure.Kind,
                        figure.UpperValue is { } upper ? Invariant.Format(upper) : null));
                }

                foreach (var found in DateResolver.Find(segment.Text, published))
                {
                    var offset = segment.SeedOffset(found.Start);
                    var length = segment.SeedLength(found.Start, found.Length);
                    dates.Add(new DateModel(found.Text, found.Resolved, article.Number, seed.Span(offset, length)));
                    if (found.NeedsPublicationDate && undatedIssue is null)
                    {
                        undatedIssue = SeedIssue.UnknownPublicationDate(seed.Span(offset, length), input.RelativePath, found.Text);
                    }
                }
            }
        }

        if (undatedIssue is not null)
        {
            issues.Add(undatedIssue);
        }

        var meetingModels = meetings.Select(m => new MeetingModel(m.Name, m.Aliases.ToEquatableArray(), m.Ordinal, m.Date, m.Chairs.ToEquatableArray(),
            m.Attendees.ToEquatableArray(), m.Documents.ToEquatableArray(), m.Article, m.MentionedIn.ToEquatableArray(), seed.Span(m.SeedOffset, 0))).ToList();
        var personModels = people.Select(p => new PersonModel(p.Name, p.Titles.ToEquatableArray(), p.Articles.ToEquatableArray(),
            MeetingsOf(p.Name, meetingModels), seed.Span(p.SeedOffset, seed.SeedLength(p.SeedOffset, p.Name.Length)))).ToList();

        var page = new PageModel(input.RelativePath, input.PublishedOn, articles.ToEquatableArray(), meetingModels.ToEquatableArray(),
            figures.ToEquatableArray(), personModels.ToEquatableArray(), dates.ToEquatableArray());
        return new ParseResult(page, issues.ToEquatableArray());
    }

    private static EquatableArray<int> MeetingsOf(string name, List<MeetingModel> meetings)
    {
        var list = new List<int>();
        for (var i = 0; i < meetings.Count; i++)
        {
            if (meetings[i].Chairs.Contains(name) || meetings[i].Attendees.Contains(name))
            {
                list.Add(i + 1);
            }
        }

        return list.ToEquatableArray();
    }

    private static void ReportOutside(SeedText seed, string path, List<SeedLine> outside, List<ArticleLines> groups, List<SeedIssue> issues)
    {
        // A run of outside lines is reported as one span, unless an article's line stands between them (a page with
        // no blank lines puts an article's line right next to the furniture around it).
        var owned = new List<int>();
        foreach (var group in groups)
        {
            owned.AddRange(group.Heading.Select(l => l.Offset));
            owned.AddRange(group.Body.Select(l => l.Offset));
        }

        owned.Sort();
        bool OwnedBetween(int from, int to)
        {
            var at = owned.BinarySearch(from);
            at = at < 0 ? ~at : at;
            return at < owned.Count && owned[at] < to;
        }

        for (var i = 0; i < outside.Count; i++)
        {
            var first = outside[i];
            var last = first;
            while (i + 1 < outside.Count && outside[i + 1].Number <= last.LastNumber + 2 && !OwnedBetween(last.End, outside[i + 1].Offset))
            {
                last = outside[++i];
            }

            var preview = first.Content.Length > 40 ? first.Content.Substring(0, 40) + "…" : first.Content;
            var span = seed.Span(first.Offset, last.End - first.Offset);
            issues.Add(SeedIssue.TextOutsideArticles(span, path, preview, last.LastNumber - first.Number + 1));
        }
    }
}
