using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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
            .Select((pair, _) => (pair.Left.Path, Named: SafeName(pair.Left.Result, pair.Right.Style)))
            .WithTrackingName(TrackingNames.Named);

        var renames = named
            .Collect()
            .Select((pages, _) => CrossSeedNames.Resolve(pages))
            .WithTrackingName(TrackingNames.Renames);

        var final = named
            .Combine(renames)
            .Select((pair, _) => (pair.Left.Path, Named: CrossSeedNames.Apply(pair.Left.Path, pair.Left.Named, pair.Right)))
            .WithTrackingName(TrackingNames.Final);

        var pages = final
            .Select((item, _) => (item.Path, Named: item.Named with { Issues = EquatableArray<SeedIssue>.Empty }))
            .WithTrackingName(TrackingNames.Pages);

        var issues = final
            .Select((item, _) => (item.Path, item.Named.Issues))
            .WithTrackingName(TrackingNames.Issues);

        context.RegisterSourceOutput(options, static (spc, opts) =>
            spc.AddSource("NewsContent.Records.g.cs", TemplateRenderer.RenderRecords(opts.Namespace)));

        context.RegisterSourceOutput(pages.Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Path, pair.Left.Named.Page.RelativePath, () =>
                spc.AddSource(HintName(pair.Left.Named), TemplateRenderer.RenderSeed(ViewBuilder.Seed(pair.Left.Named, pair.Right.Namespace)))));

        context.RegisterSourceOutput(pages.Collect().Combine(options), static (spc, pair) =>
            Guard(spc, pair.Left.Select(p => p.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault(), "Catalog", () =>
                spc.AddSource("NewsContent.Catalog.g.cs", TemplateRenderer.RenderCatalog(ViewBuilder.Catalog(pair.Left.Select(p => p.Named), pair.Right.Style, pair.Right.Namespace)))));

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

    /// <summary>Naming failures are survived like parse failures: the seed's items are dropped and the reason is reported.</summary>
    private static NamedPage SafeName(ParseResult parsed, IdentifierStyle style)
    {
        try
        {
            var page = PageNamer.Name(parsed.Page, style);
            return page with { Issues = parsed.Issues.Concat(page.Issues).ToEquatableArray() };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var empty = PageNamer.Name(EmptyPage(parsed.Page.RelativePath, parsed.Page.PublishedOn), style);
            var issue = SeedIssue.Create(IssueIds.InternalError, SourceSpan.None, parsed.Page.RelativePath, exception.GetType().Name + ": " + exception.Message);
            return empty with { Issues = parsed.Issues.Concat(new[] { issue }).ToEquatableArray() };
        }
    }

    private static PageModel EmptyPage(string relativePath, string? publishedOn) =>
        new(relativePath, publishedOn, EquatableArray<ArticleModel>.Empty, EquatableArray<MeetingModel>.Empty,
            EquatableArray<FigureModel>.Empty, EquatableArray<PersonModel>.Empty, EquatableArray<DateModel>.Empty);

    private static string HintName(NamedPage page) => "NewsContent." + page.SeedClass + ".g.cs";

    /// <summary>One bad seed fails alone: a parser bug becomes a located diagnostic, never CS8785.</summary>
    private static ParseResult SafeParse(SeedInput input)
    {
        if (input.ReadError is not null)
        {
            return Failed(input, input.ReadError);
        }

        try
        {
            return SeedParser.Parse(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(input, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static ParseResult Failed(SeedInput input, string reason)
    {
        var issue = SeedIssue.Create(IssueIds.InternalError, SourceSpan.None, input.RelativePath, reason);
        return new ParseResult(EmptyPage(input.RelativePath, input.PublishedOn), new EquatableArray<SeedIssue>(new[] { issue }));
    }
}
