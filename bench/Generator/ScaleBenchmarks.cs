using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// A full generator run (fresh driver) over archives of 1 to 1,000 distinct ~16 KB pages: the clean build of
/// a project holding years of a paper. Linear means the ms/MB column stays flat.
/// </summary>
[Config(typeof(ScaleConfig))]
public class ScaleBenchmarks
{
    private GeneratorSetup archive = null!;

    [Params(1, 10, 100, 1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => archive = GeneratorSetup.Pages(Pages);

    [Benchmark(Description = "archive, full run")]
    public GeneratorDriver FullRun() => archive.Run(archive.CreateDriver());
}
