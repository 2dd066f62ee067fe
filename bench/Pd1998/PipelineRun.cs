using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>One page as extracted: its id (file name without extension), its text and the page model the build would emit.</summary>
internal sealed record ExtractedPage(string Id, string Text, PageModel Model);

/// <summary>
/// Runs seeds through <see cref="ContentPipeline.Run"/>, the Roslyn-free pipeline the generator and the CLI run,
/// all seeds together as one build would.
/// </summary>
internal static class PipelineRun
{
    public static IReadOnlyList<ExtractedPage> Extract(IReadOnlyList<(string Path, string PublishedOn)> seeds)
    {
        var texts = seeds.Select(seed => File.ReadAllText(seed.Path)).ToList();
        var inputs = seeds.Select((seed, i) => new SeedInput(seed.Path, Path.GetFileName(seed.Path), texts[i], seed.PublishedOn, texts[i].Contains('\uFFFD'))).ToList();
        var (pages, _) = ContentPipeline.Run(inputs, IdentifierStyle.Pinyin);
        return pages.Select((page, i) => new ExtractedPage(Path.GetFileNameWithoutExtension(seeds[i].Path), texts[i], page.Page)).ToList();
    }
}
