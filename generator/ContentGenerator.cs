using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator.Diagnostics;
using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Naming.Renames;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Generator;

/// <summary>
/// Seed files in, typed content out. Pipeline wiring only: each step is a <see cref="ContentPipeline"/> step (the
/// same code the CLI runs), cached on its own; each seed is read, parsed and named alone, and one small aggregate
/// (names across seeds, the catalog) joins them.
/// </summary>
/// <remarks>
/// The graph is kept shallow for step tracking (tests turn it on; a build does not). Roslyn's
/// <c>GeneratorRunStateTable.Builder.RecordStepTree</c> walks from each output's steps to the inputs along every path,
/// remembering no step it has seen, so a step costs the number of paths under it: a Collect over N seeds has N paths
/// times each seed's, and each seed's step joined (Combine) with that aggregate carries all of them. One such join
/// costs N x N paths (the renames: 10^7 at 1,000 seeds, a second). An aggregate over steps that come after that join
/// has N x N paths under it, and every entry joined with it carries them all: joined back into each seed (the people,
/// once read from the renamed pages, reached each seed's issues) that is N^3, 10^10 paths, minutes at 1,000 seeds; into
/// each people shard, shards x N^2. So an aggregate reads each seed's page as named on its own, before the renames,
/// unless it needs the renamed members (the catalog's seed classes, the rename map's current members: each read once).
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class ContentGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => SeedInputReader.ReadOptions(provider))
            .WithTrackingName(TrackingNames.Options);

        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SeedInputReader.IsSeed(pair.Left, pair.Right))
            .Select((pair, cancellation) => SeedInputReader.Read(pair.Left, pair.Right, cancellation))
            .WithTrackingName(TrackingNames.SeedInputs);

        var parsed = inputs
            .Select((input, _) => (input.Path, Result: ContentPipeline.Parse(input)))
            .WithTrackingName(TrackingNames.Parsed);

        var named = parsed
            .Combine(options)
            .Select((pair, _) => (pair.Left.Path, Named: ContentPipeline.Name(pair.Left.Result, pair.Right.Style)))
            .WithTrackingName(TrackingNames.Named);

        var renames = named
            .Select((item, _) => SeedMembers.Of(item.Path, item.Named))
            .WithTrackingName(TrackingNames.SeedMembers)
            .Collect()
            .Select((pages, _) => ContentPipeline.ResolveNames(pages))
            .WithTrackingName(TrackingNames.Renames);

        var final = named
            .Combine(renames)
            .Select((pair, _) => (pair.Left.Path, Named: ContentPipeline.ApplyNames(pair.Left.Path, pair.Left.Named, pair.Right)))
            .WithTrackingName(TrackingNames.Final);

        var pages = final
            .Select((item, _) => (item.Path, Named: item.Named with { Issues = EquatableArray<SeedIssue>.Empty }))
            .WithTrackingName(TrackingNames.Pages);

        // People are merged across seeds from each seed's trimmed list (no spans, no text): an edit that leaves a seed's
        // people as they were leaves the directory, and the catalog built from it, cached. The list is read from the page
        // named on its own (people and their ids do not depend on the renames across seeds): see the remarks above.
        var people = named
            .Select((item, _) => PeopleDirectory.Of(item.Path, item.Named))
            .WithTrackingName(TrackingNames.SeedPeople)
            .Collect()
            .Combine(options)
            .Select((pair, _) => ContentPipeline.People(pair.Left, pair.Right.Style))
            .WithTrackingName(TrackingNames.People);

        // People in shards by a hash of their member name (PeopleShards): a change to some people re-renders their shards only.
        var peopleShards = people
            .SelectMany((directory, _) => PeopleShards.Of(directory))
            .WithTrackingName(TrackingNames.PeopleShards);

        // Where each person is first named, apart from the directory: moving a name in a seed re-renders its shard only.
        // Read before the renames, like the people (see the remarks above).
        var anchoredShards = peopleShards
            .Combine(named
                .Select((item, _) => SeedPersonAnchors.Of(item.Path, item.Named))
                .WithTrackingName(TrackingNames.PersonAnchors)
                .Collect()
                .Select((seeds, _) => PersonAnchorIndex.Of(seeds))
                .WithTrackingName(TrackingNames.PersonAnchorIndex))
            .Select((pair, _) => (Shard: pair.Left, Sources: pair.Right.SourcesOf(pair.Left.People)))
            .WithTrackingName(TrackingNames.AnchoredShards);

        var shardNames = peopleShards
            .Select((shard, _) => shard.ClassName)
            .WithTrackingName(TrackingNames.PeopleShardNames)
            .Collect();

        var catalogSeeds = pages
            .Select((item, _) => (item.Path, item.Named.Page.RelativePath, item.Named.SeedClass))
            .WithTrackingName(TrackingNames.CatalogSeeds)
            .Collect();

        var collisions = people
            .Select((directory, _) => ContentPipeline.PersonCollisions(directory))
            .WithTrackingName(TrackingNames.PersonCollisions);

        var issues = final
            .Combine(collisions)
            .Select((pair, _) => (pair.Left.Path, Issues: ContentPipeline.Issues(pair.Left.Named, pair.Right)))
            .WithTrackingName(TrackingNames.Issues);

        // Issues are linked from small per-page summaries (paper, date, number, each article's titles and marks), one
        // issue at a time: an edit that leaves a page's summary as it was re-links nothing, and one that changes it
        // re-links and re-emits only its issue. A summary holds no member name, so it is read before the renames too.
        var linkedIssues = named
            .Select((item, _) => ContentPipeline.PageSummary(item.Named))
            .WithTrackingName(TrackingNames.PageSummaries)
            .Collect()
            .SelectMany((summaries, _) => ContentPipeline.Issues(summaries))
            .WithTrackingName(TrackingNames.IssuePages)
            .Select((issue, _) => ContentPipeline.Link(issue))
            .WithTrackingName(TrackingNames.IssueLinks);

        var issueClasses = linkedIssues
            .Select((issue, _) => issue.ClassName)
            .WithTrackingName(TrackingNames.IssueClasses)
            .Collect();

        // Old member names kept compiling: only a project with a rename map pays for this, and a paragraph edit leaves it cached.
        var renameMaps = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => SeedInputReader.IsRenameMap(pair.Left, pair.Right))
            .Select((pair, cancellation) => SeedInputReader.ReadRenameMap(pair.Left, cancellation))
            .WithTrackingName(TrackingNames.RenameMaps)
            .Collect();

        var currentMembers = pages
            .Select((item, _) => CurrentMembers.Of(item.Named))
            .WithTrackingName(TrackingNames.CurrentMembers)
            .Collect();

        var forwarders = renameMaps
            .Combine(currentMembers)
            .Combine(people)
            .Select((pair, _) => ContentPipeline.Forwarders(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.Forwarders);

        context.RegisterSourceOutput(options, static (spc, opts) =>
            spc.AddSource("NewsContent.Records.g.cs", TemplateRenderer.RenderRecords(opts.Namespace)));

        context.RegisterSourceOutput(pages.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Path, pair.Left.Named.Page.RelativePath, () =>
                spc.AddSource(HintName(pair.Left.Named), TemplateRenderer.RenderSeed(ViewBuilder.Seed(pair.Left.Named, pair.Right.Namespace, pair.Left.Path)))));

        // The catalog only joins the seeds' lists and the people shards: it depends on the shards' names, not the people.
        context.RegisterSourceOutput(catalogSeeds.Combine(shardNames).Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Left.Select(p => p.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault(), "Catalog", () =>
                spc.AddSource("NewsContent.Catalog.g.cs", TemplateRenderer.RenderCatalog(ViewBuilder.Catalog(pair.Left.Left.Select(p => (p.RelativePath, p.SeedClass)), pair.Left.Right, pair.Right.Namespace)))));

        context.RegisterSourceOutput(anchoredShards.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Shard.People.Select(p => p.FirstSeed).FirstOrDefault(), pair.Left.Shard.ClassName, () =>
                spc.AddSource("NewsContent." + pair.Left.Shard.ClassName + ".g.cs", TemplateRenderer.RenderPeople(ViewBuilder.People(pair.Left.Shard, pair.Right.Namespace, pair.Left.Sources)))));

        context.RegisterSourceOutput(linkedIssues.Combine(options), static (spc, pair) =>
            Guard(spc, null, pair.Left.ClassName, () =>
                spc.AddSource("NewsContent." + pair.Left.ClassName + ".g.cs", TemplateRenderer.RenderIssue(IssueViews.Issue(pair.Left, pair.Right.Namespace)))));

        context.RegisterSourceOutput(issueClasses.Combine(options), static (spc, pair) =>
            Guard(spc, null, "Pages", () =>
                spc.AddSource("NewsContent.Pages.g.cs", TemplateRenderer.RenderPages(IssueViews.Pages(pair.Left, pair.Right.Namespace)))));
        context.RegisterSourceOutput(forwarders.Select((result, _) => result.Forwarders).Combine(options), static (spc, pair) =>
        {
            if (!pair.Left.IsEmpty)
            {
                Guard(spc, null, "Renames", () => spc.AddSource("NewsContent.Renames.g.cs", TemplateRenderer.RenderRenames(RenamesView.Of(pair.Left, pair.Right.Namespace))));
            }
        });

        context.RegisterSourceOutput(forwarders.Select((result, _) => result.Issues), static (spc, issues) =>
        {
            foreach (var issue in issues)
            {
                spc.ReportDiagnostic(IssueReporter.ToDiagnostic(issue.Path, issue.Issue));
            }
        });

        context.RegisterSourceOutput(issues, static (spc, item) =>
        {
            foreach (var issue in item.Issues)
            {
                spc.ReportDiagnostic(IssueReporter.ToDiagnostic(item.Path, issue));
            }
        });
    }

    /// <summary>
    /// An emit failure is reported and survived: the user never sees CS8785. The diagnostic opens the seed at its
    /// first line (or, for the catalog, the first seed), so it lands in the error list like every other one.
    /// </summary>
    private static void Guard(SourceProductionContext context, string? seedFile, string what, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var location = seedFile is null ? Location.None : Location.Create(seedFile, default, new LinePositionSpan(default, default));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, location, what, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static string HintName(NamedPage page) => "NewsContent." + page.SeedClass + ".g.cs";
}
