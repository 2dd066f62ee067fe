using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Cli.Extraction;

/// <summary>
/// The generator's pipeline run outside a compilation: the same <see cref="ContentPipeline"/> steps the generator
/// wires (parse, name, resolve names across seeds), then people merged across seeds as the catalog merges them.
/// </summary>
internal static class Extractor
{
    public static IReadOnlyList<SeedExtraction> Extract(IReadOnlyList<SeedFile> seeds, ExtractionOptions options)
    {
        var texts = seeds.Select(seed => SeedReader.Read(seed.FullPath)).ToList();
        var inputs = seeds.Select((seed, i) => new SeedInput(seed.FullPath, ContentPipeline.RelativePath(seed.ItemPath), texts[i],
            string.IsNullOrWhiteSpace(seed.PublishedOn) ? options.DefaultPublishedOn : seed.PublishedOn, texts[i].IndexOf('\uFFFD') >= 0)
            { Paper = Metadata(seed.Paper), PageNumber = Metadata(seed.Page) }).ToList();
        var (pages, directory) = ContentPipeline.Run(inputs, options.Style);
        var links = ContentPipeline.LinkIssues(pages).SelectMany(issue => issue.Links).ToList();
        // Two seeds under one path share ids (CONTENT diagnostics say so): the last link of an id wins, as in the generated catalog.
        var continuedOn = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var continuedFrom = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var link in links)
        {
            continuedOn[link.FromId] = link.ToId;
            continuedFrom[link.ToId] = link.FromId;
        }
        var people = directory.ToDictionary(p => p.Name, p => p.Member, System.StringComparer.Ordinal);
        return pages
            .Select((named, i) => new SeedExtraction(seeds[i], texts[i], named, people, named.Issues.Select(issue => IssueFormatter.Format(seeds[i].ItemPath, issue)).ToList(), options)
            { ContinuedOn = continuedOn, ContinuedFrom = continuedFrom })
            .ToList();
    }

    private static string? Metadata(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    public static SeedExtraction ExtractOne(SeedFile seed, ExtractionOptions options) => Extract(new[] { seed }, options)[0];
}
