using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Naming.Renames;
using NewsContent.Generator.Parsing;

namespace NewsContent.Generator.Pipeline;

/// <summary>
/// The steps from seed text to named pages, without Roslyn: the generator wires each step into its incremental
/// pipeline (so each is cached on its own), and the CLI runs them in order with <see cref="Run"/>. Every step
/// survives a bug in the code under it: the seed's items are dropped and CONTENT009 says why, never a crash.
/// </summary>
internal static class ContentPipeline
{
    /// <summary>Step 1: one seed's text to its page model and the problems found in it.</summary>
    public static ParseResult Parse(SeedInput input)
    {
        if (input.ReadError is not null)
        {
            return InIssue(input, Failed(input.RelativePath, input.PublishedOn, input.ReadError));
        }

        try
        {
            return SeedParser.Parse(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return InIssue(input, Failed(input.RelativePath, input.PublishedOn, Describe(exception)));
        }
    }

    /// <summary>Step 2: one page's member names, unique within the seed.</summary>
    public static NamedPage Name(ParseResult parsed, IdentifierStyle style)
    {
        try
        {
            var page = PageNamer.Name(parsed.Page, style);
            return page with { Issues = parsed.Issues.Concat(page.Issues).ToEquatableArray() };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failed = Failed(parsed.Page.RelativePath, parsed.Page.PublishedOn, Describe(exception));
            var empty = PageNamer.Name(failed.Page with { Paper = parsed.Page.Paper, PageNumber = parsed.Page.PageNumber, PageSection = parsed.Page.PageSection }, style);
            return empty with { Issues = parsed.Issues.Concat(failed.Issues).ToEquatableArray() };
        }
    }

    /// <summary>Step 3 (across seeds): the members renamed because another seed already uses their name.</summary>
    public static EquatableArray<MemberRename> ResolveNames(IEnumerable<SeedMembers> seeds) => CrossSeedNames.Resolve(seeds);

    /// <summary>Step 4: one page with the cross-seed renames that concern it applied.</summary>
    public static NamedPage ApplyNames(string filePath, NamedPage page, EquatableArray<MemberRename> renames) => CrossSeedNames.Apply(filePath, page, renames);

    /// <summary>Step 5 (across seeds): people merged by name from every seed's trimmed list, each with one member name.</summary>
    public static EquatableArray<NamedPerson> People(IEnumerable<SeedPeople> seeds, IdentifierStyle style) => PeopleDirectory.Build(seeds, style);

    /// <summary>Step 6 (across seeds): the people whose member name another person took.</summary>
    public static EquatableArray<PersonCollision> PersonCollisions(EquatableArray<NamedPerson> people) => PeopleDirectory.Collisions(people);

    /// <summary>Step 7: every problem of one seed, the people it names first whose member name another person took included.</summary>
    public static EquatableArray<SeedIssue> Issues(NamedPage page, EquatableArray<PersonCollision> collisions) =>
        IssueSummaries.OnePerKind(page.Issues.Concat(PeopleDirectory.IssuesOf(page, collisions))).ToEquatableArray();

    /// <summary>Step 8: one page as its issue needs it (paper, date, number, each article's titles and continuation marks).</summary>
    public static PageSummary PageSummary(NamedPage page) => IssueLinks.Summary(page);

    /// <summary>Step 9 (across seeds, on the summaries only): the pages of each issue.</summary>
    public static IEnumerable<IssuePages> Issues(IEnumerable<PageSummary> pages) => IssueLinks.Group(pages);

    /// <summary>Step 10: one issue's continuations linked (下转第4版 to the part on page 4 that says 上接).</summary>
    public static LinkedIssue Link(IssuePages issue) => IssueLinks.Link(issue);

    /// <summary>Steps 8 to 10 over pages the pipeline has named, as a build would run them.</summary>
    public static IReadOnlyList<LinkedIssue> LinkIssues(IEnumerable<NamedPage> pages) => Issues(pages.Select(PageSummary)).Select(Link).ToList();
    /// <summary>
    /// Step 8 (across seeds, only with a rename map): each old member name the map keeps compiling and the member it
    /// forwards to, checked against today's members; lines that cannot apply come back as CONTENT011 in the map.
    /// </summary>
    public static RenameResult Forwarders(IReadOnlyList<RenameMapInput> maps, IReadOnlyList<CurrentMembers> seeds, EquatableArray<NamedPerson> people) =>
        RenameForwarders.Resolve(maps, seeds, people.Select(p => p.Member));

    /// <summary>The whole pipeline over a set of seeds, in order, as a build would run it.</summary>
    public static (IReadOnlyList<NamedPage> Pages, EquatableArray<NamedPerson> People) Run(IReadOnlyList<SeedInput> inputs, IdentifierStyle style)
    {
        var named = inputs.Select(input => (FilePath: input.Path, Named: Name(Parse(input), style))).ToList();
        var renames = ResolveNames(named.Select(page => SeedMembers.Of(page.FilePath, page.Named)));
        var pages = named.Select(page => ApplyNames(page.FilePath, page.Named, renames)).ToList();
        var people = People(named.Select(page => PeopleDirectory.Of(page.FilePath, page.Named)), style);
        var collisions = PersonCollisions(people);
        return (pages.Select(page => page with { Issues = Issues(page, collisions) }).ToList(), people);
    }

    /// <summary>A relative seed path with '/' separators; an absolute path keeps only its file name, so no machine path leaks into ids.</summary>
    public static string RelativePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (System.IO.Path.IsPathRooted(path) || normalized.StartsWith("/", StringComparison.Ordinal))
        {
            normalized = System.IO.Path.GetFileName(normalized);
        }

        while (normalized.StartsWith("../", StringComparison.Ordinal) || normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized.Substring(normalized.IndexOf('/') + 1);
        }

        return normalized;
    }

    private static ParseResult Failed(string relativePath, string? publishedOn, string reason)
    {
        var empty = new PageModel(relativePath, publishedOn, EquatableArray<ArticleModel>.Empty, EquatableArray<MeetingModel>.Empty,
            EquatableArray<FigureModel>.Empty, EquatableArray<PersonModel>.Empty, EquatableArray<DateModel>.Empty);
        var issue = SeedIssue.InternalError(relativePath, reason);
        return new ParseResult(empty, new EquatableArray<SeedIssue>(new[] { issue }));
    }

    /// <summary>A seed that could not be read or parsed is still a page of its issue, numbered by its metadata.</summary>
    private static ParseResult InIssue(SeedInput input, ParseResult failed)
    {
        var label = Parsing.Articles.PageNumbers.Parse(input.PageNumber);
        return failed with { Page = failed.Page with { Paper = input.Paper, PageNumber = label?.Number, PageSection = label?.Section } };
    }

    private static string Describe(Exception exception) => exception.GetType().Name + ": " + exception.Message;
}
