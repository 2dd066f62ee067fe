using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// The first run of the generator in a new process, once per process: JIT of the generator and of the
/// driver paths it uses, the templates parsed, the pinyin table loaded. What the first build after the
/// compiler server starts pays.
/// </summary>
[Config(typeof(ColdConfig))]
public class ColdStartBenchmarks
{
    private GeneratorSetup design = null!;

    [GlobalSetup]
    public void Setup() => design = GeneratorSetup.DesignSeed();

    [Benchmark(Description = "design seed, cold (first run in a new process)")]
    public GeneratorDriver Cold() => design.Run(design.CreateDriver());
}
