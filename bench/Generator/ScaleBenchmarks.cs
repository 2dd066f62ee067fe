using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// Archives of 1 to 1,000 distinct ~16 KB pages. A full run (fresh driver) is the clean build of a project
/// holding years of a paper: linear means the ms/MB column stays flat. A one-seed edit is a save of one page
/// of that archive: only that page is parsed again, but the cross-seed aggregate (the catalog, with every
/// person) is rendered again too, so its cost grows with the archive.
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
        edited = original.WithContent(ChangeOneDigit(original.GetText()!.ToString()));
    }

    [Benchmark(Description = "archive, full run")]
    public GeneratorDriver FullRun() => archive.Run(archive.CreateDriver());

    [Benchmark(Description = "archive, one seed edited")]
    public GeneratorDriver OneSeedEdit() => archive.Run(ran.ReplaceAdditionalText(original, edited));

    /// <summary>A real edit: the first digit of the page changes, so a figure or a date changes and the page's source is emitted again.</summary>
    private static string ChangeOneDigit(string text)
    {
        var at = text.IndexOfAny("0123456789".ToCharArray());
        return text.Substring(0, at) + (text[at] == '9' ? '1' : (char)(text[at] + 1)) + text.Substring(at + 1);
    }
}
