namespace NewsContent.Tests.Fuzz;

/// <summary>Real pages and their lines (the content seeds and tests/corpus), the raw material hostile seeds are cut from.</summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<(string[] Pages, string[] Lines)> Loaded = new(Load);

    public static IReadOnlyList<string> Pages => Loaded.Value.Pages;

    public static IReadOnlyList<string> Lines => Loaded.Value.Lines;

    private static (string[] Pages, string[] Lines) Load()
    {
        var pages = new[] { "seeds", "corpus" }
            .Select(folder => Path.Combine(AppContext.BaseDirectory, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        if (pages.Length < 2)
        {
            throw new InvalidOperationException("The fuzz corpus (seeds/ and corpus/ beside the test assembly) is missing.");
        }

        var lines = pages
            .SelectMany(p => p.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();
        return (pages, lines);
    }
}
