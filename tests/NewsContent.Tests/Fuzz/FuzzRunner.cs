using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator;
using NewsContent.Tests.Generator;

namespace NewsContent.Tests.Fuzz;

/// <summary>What one fuzz case did: the generator's own time, its output trees, and every problem found with it.</summary>
internal sealed record FuzzOutcome(FuzzCase Case, TimeSpan GeneratorTime, ImmutableArray<SyntaxTree> Trees, List<string> Problems);

/// <summary>
/// Runs one case through the real generator in a <see cref="CSharpGeneratorDriver"/>, the way a build does, and checks
/// what does not need a compilation: no exception, no CS8785, every diagnostic ours and located in its seed.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>Documentation comments are parsed and checked, as in a project with GenerateDocumentationFile.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "FuzzInput", Array.Empty<SyntaxTree>(), GeneratorHarness.FrameworkReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static FuzzOutcome Run(FuzzCase fuzzCase)
    {
        var harness = new GeneratorHarness().WithNamespace(fuzzCase.Namespace).WithIdentifierStyle(fuzzCase.IdentifierStyle);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < fuzzCase.Seeds.Count; i++)
        {
            var seed = fuzzCase.Seeds[i];
            var path = FilePath(fuzzCase, i);
            harness.AddSeed(path, seed.Text, seed.PublishedOn, seed.SeedPath);
            files[path] = seed.Text;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            harness.AdditionalTexts,
            ParseOptions,
            harness.CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        var clock = Stopwatch.StartNew();
        driver = driver.RunGenerators(Empty);
        clock.Stop();

        var problems = new List<string>();
        var result = driver.GetRunResult();
        var run = result.Results.Single();
        if (run.Exception is not null)
        {
            problems.Add("generator threw: " + run.Exception);
        }

        foreach (var diagnostic in result.Diagnostics.Concat(run.Diagnostics).Distinct())
        {
            if (!diagnostic.Id.StartsWith("CONTENT", StringComparison.Ordinal))
            {
                problems.Add("foreign diagnostic from the generator run: " + diagnostic);
                continue;
            }

            var located = LocationProblem(diagnostic, files);
            if (located is not null)
            {
                problems.Add(located + ": " + diagnostic);
            }
        }

        return new FuzzOutcome(fuzzCase, clock.Elapsed, result.GeneratedTrees, problems);
    }

    /// <summary>
    /// The path the seed has on disk: unique per seed (two seeds of a case may share a SeedPath, as two files can), so a
    /// diagnostic can be traced to its file.
    /// </summary>
    public static string FilePath(FuzzCase fuzzCase, int seedIndex) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "/fuzz/c{0}/s{1}/{2}", fuzzCase.Index, seedIndex, fuzzCase.Seeds[seedIndex].SeedPath);

    /// <summary>
    /// Null when the diagnostic points into one of the case's seeds at a place that exists there, with a text span and a
    /// line/column span that agree (the IDE uses one, the command line the other).
    /// </summary>
    public static string? LocationProblem(Diagnostic diagnostic, IReadOnlyDictionary<string, string> files)
    {
        var location = diagnostic.Location;
        if (location == Location.None || location.Kind != LocationKind.ExternalFile)
        {
            return "not located in a file (" + location.Kind + ")";
        }

        var lineSpan = location.GetLineSpan();
        if (!files.TryGetValue(lineSpan.Path, out var text))
        {
            return "located in '" + lineSpan.Path + "', which is not a seed of this case";
        }

        var source = SourceText.From(text);
        var span = location.SourceSpan;
        if (span.Start < 0 || span.End > source.Length)
        {
            return "text span " + span + " outside the seed's " + source.Length + " characters";
        }

        var expected = source.Lines.GetLinePositionSpan(span);
        if (expected != lineSpan.Span)
        {
            return "line/column " + lineSpan.Span + " disagrees with text span " + span + " (which is at " + expected + ")";
        }

        return null;
    }
}
