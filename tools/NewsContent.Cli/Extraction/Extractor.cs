using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing;

namespace NewsContent.Cli.Extraction;

/// <summary>
/// The generator's pipeline run outside a compilation, step for step as ContentGenerator wires it:
/// parse each seed, name its page, resolve names across seeds, merge people. The steps are the generator's own code.
/// </summary>
internal static class Extractor
{
    public static IReadOnlyList<SeedExtraction> Extract(IReadOnlyList<SeedFile> seeds, ExtractionOptions options)
    {
        var pages = new List<(SeedFile Seed, string Text, NamedPage Named)>();
        foreach (var seed in seeds)
        {
            var text = SeedReader.Read(seed.FullPath);
            var publishedOn = string.IsNullOrWhiteSpace(seed.PublishedOn) ? options.DefaultPublishedOn : seed.PublishedOn;
            var input = new SeedInput(seed.FullPath, SeedInputReader.RelativePath(seed.ItemPath), text, publishedOn, text.IndexOf('\uFFFD') >= 0);
            var parsed = SafeParse(input);
            var named = PageNamer.Name(parsed.Page, options.Style);
            pages.Add((seed, text, named with { Issues = parsed.Issues.Concat(named.Issues).ToEquatableArray() }));
        }

        var renames = CrossSeedNames.Resolve(pages.Select(p => (p.Seed.FullPath, p.Named)));
        var final = pages.Select(p => (p.Seed, p.Text, Named: CrossSeedNames.Apply(p.Seed.FullPath, p.Named, renames))).ToList();
        var people = PeopleDirectory.Build(final.Select(p => p.Named), options.Style).ToDictionary(p => p.Name, p => p.Member, StringComparer.Ordinal);
        return final
            .Select(p => new SeedExtraction(p.Seed, p.Text, p.Named, people, p.Named.Issues.Select(i => IssueFormatter.Format(p.Seed.ItemPath, i)).ToList(), options))
            .ToList();
    }

    public static SeedExtraction ExtractOne(SeedFile seed, ExtractionOptions options) => Extract(new[] { seed }, options)[0];

    /// <summary>As in the generator: a parser failure becomes CONTENT009 for this seed, and the others go on.</summary>
    private static ParseResult SafeParse(SeedInput input)
    {
        try
        {
            return SeedParser.Parse(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = new PageModel(input.RelativePath, input.PublishedOn, EquatableArray<ArticleModel>.Empty, EquatableArray<MeetingModel>.Empty,
                EquatableArray<FigureModel>.Empty, EquatableArray<PersonModel>.Empty, EquatableArray<DateModel>.Empty);
            var issue = SeedIssue.Create(IssueIds.InternalError, SourceSpan.None, input.RelativePath, exception.GetType().Name + ": " + exception.Message);
            return new ParseResult(empty, new EquatableArray<SeedIssue>(new[] { issue }));
        }
    }
}
