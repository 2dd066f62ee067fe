using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// Archives of 1 to 1,000 distinct ~16 KB pages. A full run (fresh driver) is the clean build of a project
/// holding years of a paper: linear means the ms/MB column stays flat. A one-seed edit is a save of one page
/// of that archive: only that page is parsed and emitted again; the cross-seed steps compare small per-seed
/// summaries (member names, people), and the catalog is rendered again only when those change. A no-change re-run
/// (a keystroke in another file) re-runs no step.
/// </summary>
[Config(typeof(ScaleConfig))]
public class ScaleBenchmarks
{
    private GeneratorSetup archive = null!;
    private GeneratorDriver ran = null!;
    private InMemorySeed original = null!;
    private InMemorySeed edited = null!;

    [Params(1, 10, 100, 1000)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        archive = GeneratorSetup.Pages(Pages);
        ran = archive.Run(archive.CreateDriver());
        original = archive.Seeds[0];
        edited = original.WithOneDigitChanged();
    }

    [Benchmark(Description = "archive, full run")]
    public GeneratorDriver FullRun() => archive.Run(archive.CreateDriver());

    [Benchmark(Description = "archive, no-change re-run")]
    public GeneratorDriver NoChangeRerun() => archive.Run(ran);

    [Benchmark(Description = "archive, one seed edited")]
    public GeneratorDriver OneSeedEdit() => archive.Run(ran.ReplaceAdditionalText(original, edited));
}
