using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsContent.Benchmarks.Pages;
using NewsContent.Generator;

namespace NewsContent.Benchmarks.Driver;

/// <summary>
/// The generator as the compiler runs it: a GeneratorDriver over seeds and a small compilation. The compilation
/// holds one ordinary file, since the generator never reads the compilation; references are the running
/// framework's, enough to compile what it emits.
/// </summary>
internal sealed class GeneratorSetup
{
    public const string DesignSeedRelativePath = "seeds/000_267acecd1d091097.txt";

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    public GeneratorSetup(IReadOnlyList<InMemorySeed> seeds, bool trackSteps = false)
    {
        Seeds = seeds;
        TrackSteps = trackSteps;
        Compilation = CSharpCompilation.Create(
            "NewsContent",
            new[] { CSharpSyntaxTree.ParseText("namespace NewsContent; internal static class Marker { }", ParseOptions, "Marker.cs") },
            FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public IReadOnlyList<InMemorySeed> Seeds { get; }

    public bool TrackSteps { get; }

    public CSharpCompilation Compilation { get; }

    public long InputUtf8Bytes => Seeds.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.GetText()!.ToString()));

    public static GeneratorSetup DesignSeed(bool trackSteps = false) =>
        new(new[] { new InMemorySeed("/content/" + DesignSeedRelativePath, DesignSeedRelativePath, "2020-02-18", File.ReadAllText(RepositoryPaths.DesignSeed)) }, trackSteps);

    /// <summary>The design seed among generated pages, as one seed of an archive project.</summary>
    public static GeneratorSetup DesignSeedAmong(int otherPages, bool trackSteps = false) =>
        new(DesignSeed().Seeds.Concat(Archive(otherPages)).ToList(), trackSteps);

    public static GeneratorSetup Pages(int count, bool trackSteps = false) => new(Archive(count), trackSteps);

    /// <summary>A driver that has not run yet: the first run does all the work (the state after a restart or a clean build).</summary>
    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            Seeds,
            ParseOptions,
            new SeedOptions(Seeds),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    public GeneratorDriver Run(GeneratorDriver driver) => driver.RunGenerators(Compilation);

    /// <summary>The compilation with the generated trees added, and the generator's own diagnostics.</summary>
    public (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) RunAndUpdate(GeneratorDriver driver)
    {
        driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static IReadOnlyList<InMemorySeed> Archive(int count) =>
        PageVariations.Create(count).Select(p => new InMemorySeed("/content/" + p.RelativePath, p.RelativePath, p.PublishedOn, p.Text)).ToList();

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty).Split(Path.PathSeparator);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "System.Runtime", "System.Private.CoreLib", "netstandard", "System.Collections", "System.Linq", "System.Runtime.InteropServices" };
        return trusted.Where(p => names.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
