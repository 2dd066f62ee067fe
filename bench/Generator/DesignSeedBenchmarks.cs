using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// The generator on the design seed in a warm process: a full run with a fresh driver (what a clean build or an
/// IDE restart costs once JIT is done), a re-run with nothing changed (what every keystroke in a .cs file costs),
/// and a re-run after one seed of ten was edited (what a seed save costs).
/// </summary>
[Config(typeof(SteadyConfig))]
public class DesignSeedBenchmarks
{
    private GeneratorSetup design = null!;
    private GeneratorDriver designRan = null!;
    private GeneratorSetup tenPages = null!;
    private GeneratorDriver tenPagesRan = null!;
    private InMemorySeed original = null!;
    private InMemorySeed edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        design = GeneratorSetup.DesignSeed();
        designRan = design.Run(design.CreateDriver());
        tenPages = GeneratorSetup.DesignSeedAmong(9);
        tenPagesRan = tenPages.Run(tenPages.CreateDriver());
        original = tenPages.Seeds[0];
        edited = original.WithContent(original.GetText()!.ToString().Replace("4928家", "4929家", StringComparison.Ordinal));
    }

    [Benchmark(Description = "design seed, warm, fresh driver")]
    public GeneratorDriver Warm() => design.Run(design.CreateDriver());

    [Benchmark(Description = "design seed, no-change re-run")]
    public GeneratorDriver NoChangeRerun() => design.Run(designRan);

    [Benchmark(Description = "one seed of 10 edited, re-run")]
    public GeneratorDriver OneSeedEdit() => tenPages.Run(tenPagesRan.ReplaceAdditionalText(original, edited));
}
