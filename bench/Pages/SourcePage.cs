using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;

namespace NewsContent.Benchmarks.Pages;

/// <summary>A real page the variations are made from, with the person names the parser finds in it (to be swapped per variation).</summary>
internal sealed record SourcePage(string Name, string Text, IReadOnlyList<string> People)
{
    public static IReadOnlyList<SourcePage> LoadAll()
    {
        var files = new List<string> { RepositoryPaths.DesignSeed };
        files.AddRange(Directory.GetFiles(RepositoryPaths.Corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal));
        return files.Select(Load).ToList();
    }

    private static SourcePage Load(string path)
    {
        var text = File.ReadAllText(path);
        var result = SeedParser.Parse(new SeedInput(path, Path.GetFileName(path), text, "2020-02-18", DecodeFailed: false));
        var people = result.Page.People.Select(p => p.Name).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal)
            .OrderByDescending(n => n.Length).ToList();
        return new SourcePage(Path.GetFileNameWithoutExtension(path), text, people);
    }
}
