using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing;

namespace NewsContent.Report.Tests;

/// <summary>What the report must show, computed from the generator's parser and namer directly, not from the tool under test.</summary>
internal sealed record Expected(ParseResult Parsed, NamedPage Named, IReadOnlyList<NamedPerson> People)
{
    public static Expected For(string path, string itemPath, string? publishedOn, IdentifierStyle style = IdentifierStyle.Pinyin)
    {
        var parsed = SeedParser.Parse(new SeedInput(path, itemPath, File.ReadAllText(path), publishedOn, false));
        var named = PageNamer.Name(parsed.Page, style);
        return new Expected(parsed, named, PeopleDirectory.Build(new[] { PeopleDirectory.Of(named) }, style));
    }

    public PageModel Page => Parsed.Page;

    /// <summary>The diagnostics of the seed: the parser's and the namer's, as the generator reports them.</summary>
    public IReadOnlyList<SeedIssue> Issues => Parsed.Issues.Concat(Named.Issues).ToList();

    public IEnumerable<string> ArticleMembers => Named.ArticleMembers.Select(m => "Articles." + m);

    public IEnumerable<string> MeetingMembers => Named.MeetingMembers.Select(m => "Meetings." + m);

    /// <summary>A figure's member; null for a number inside a name, which has none.</summary>
    public IEnumerable<string?> FigureMembers => Named.FigureMembers.Select(m => m.Length == 0 ? null : "Figures." + m);

    public IEnumerable<string> PersonMembers => Page.People.Select(p => "People." + People.Single(n => n.Name == p.Name).Member);
}
