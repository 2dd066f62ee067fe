using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsContent.Generator.Diagnostics;
using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing;

namespace NewsContent.Generator;

/// <summary>
/// Seed files in, typed content out. Pipeline wiring only: each seed is read, parsed and named on its own;
/// one small aggregate (names across seeds, the catalog) joins them.
/// </summary>
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
            .Select((input, _) => (input.Path, Result: SafeParse(input)))
            .WithTrackingName(TrackingNames.Parsed);

        var named = parsed
            .Combine(options)
            .Select((pair, _) => (pair.Left.Path, Named: PageNamer.Name(pair.Left.Result.Page, pair.Right.Style) is var page
                ? page with { Issues = pair.Left.Result.Issues.Concat(page.Issues).ToEquatableArray() }
                : null!))
            .WithTrackingName(TrackingNames.Named);

        var renames = named
            .Select((item, _) => item.Named)
            .Collect()
            .Select((pages, _) => CrossSeedNames.Resolve(pages))
            .WithTrackingName(TrackingNames.Renames);

        var final = named
            .Combine(renames)
            .Select((pair, _) => (pair.Left.Path, Named: CrossSeedNames.Apply(pair.Left.Named, pair.Right)))
            .WithTrackingName(TrackingNames.Final);

        var pages = final
            .Select((item, _) => item.Named with { Issues = EquatableArray<SeedIssue>.Empty })
            .WithTrackingName(TrackingNames.Pages);

        var issues = final
            .Select((item, _) => (item.Path, item.Named.Issues))
            .WithTrackingName(TrackingNames.Issues);

        context.RegisterSourceOutput(options, static (spc, opts) =>
            spc.AddSource("NewsContent.Records.g.cs", TemplateRenderer.RenderRecords(opts.Namespace)));

        context.RegisterSourceOutput(pages.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Page.RelativePath, () => spc.AddSource(HintName(pair.Left), TemplateRenderer.RenderSeed(ViewBuilder.Seed(pair.Left, pair.Right.Namespace)))));

        context.RegisterSourceOutput(pages.Collect().Combine(options), static (spc, pair) =>
            Guard(spc, "Catalog", () => spc.AddSource("NewsContent.Catalog.g.cs", TemplateRenderer.RenderCatalog(ViewBuilder.Catalog(pair.Left, pair.Right.Style, pair.Right.Namespace)))));

        context.RegisterSourceOutput(issues, static (spc, item) =>
        {
            foreach (var issue in item.Issues)
            {
                spc.ReportDiagnostic(IssueReporter.ToDiagnostic(item.Path, issue));
            }
        });
    }

    /// <summary>An emit failure is reported and survived: the user never sees CS8785.</summary>
    private static void Guard(SourceProductionContext context, string what, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, what, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static string HintName(NamedPage page) => "NewsContent." + page.SeedClass + ".g.cs";

    /// <summary>One bad seed fails alone: a parser bug becomes a located diagnostic, never CS8785.</summary>
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
