using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// One page as extracted: its id (file name without extension), the text extracted and the page model the build would
/// emit; for a wrapped page (<c>--wrap</c>) also the page as made and where each character of the text stands in it.
/// </summary>
internal sealed record ExtractedPage(string Id, string Text, PageModel Model, string Reflowed, int[]? ToReflowed)
{
    /// <summary>An offset in <see cref="Text"/> as an offset in <see cref="Reflowed"/> (whose lines the gold numbers).</summary>
    public int ReflowedOffset(int offset) => ToReflowed is null || offset < 0 ? offset : ToReflowed[Math.Min(offset, ToReflowed.Length - 1)];
}

/// <summary>
/// Runs seeds through <see cref="ContentPipeline.Run"/>, the Roslyn-free pipeline the generator and the CLI run,
/// all seeds together as one build would.
/// </summary>
internal static class PipelineRun
{
    /// <summary>Extracts the seeds as made, or each hard-wrapped at <paramref name="wrap"/> characters when it is not 0.</summary>
    public static IReadOnlyList<ExtractedPage> Extract(IReadOnlyList<(string Path, string PublishedOn)> seeds, int wrap = 0)
    {
        var reflowed = seeds.Select(seed => File.ReadAllText(seed.Path)).ToList();
        var wrapped = reflowed.Select(text => wrap > 0 ? WrappedPages.Wrap(text, wrap) : (text, (int[]?)null)).ToList();
        var texts = wrapped.Select(w => w.Item1).ToList();
        var inputs = seeds.Select((seed, i) => new SeedInput(seed.Path, Path.GetFileName(seed.Path), texts[i], seed.PublishedOn, texts[i].Contains('\uFFFD'))).ToList();
        var (pages, _) = ContentPipeline.Run(inputs, IdentifierStyle.Pinyin);
        return pages.Select((page, i) => new ExtractedPage(Path.GetFileNameWithoutExtension(seeds[i].Path), texts[i], page.Page, reflowed[i], wrapped[i].Item2)).ToList();
    }
}
