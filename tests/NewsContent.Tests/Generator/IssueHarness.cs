using System.Reflection;
using System.Runtime.Loader;

namespace NewsContent.Tests.Generator;

/// <summary>The ten-page test issue (tests/issue, our own writing) as seeds, and the generated assembly loaded to read its catalog.</summary>
internal static class IssueHarness
{
    public const string Paper = "江城日报";
    public const string Date = "2025-03-12";
    public const string Namespace = "Issue.Content";

    public static IReadOnlyList<string> Files { get; } = Enumerable.Range(1, 10).Select(n => $"p{n:00}.txt").ToList();

    public static string Text(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "issue", file));

    /// <summary>The ten pages under <paramref name="folder"/>, one issue of <paramref name="date"/>; p10 has no furniture and says its page as metadata.</summary>
    public static List<InMemoryAdditionalText> AddIssue(GeneratorHarness harness, string folder = "issue", string date = Date) =>
        Files.Select(file => harness.AddSeed(GeneratorHarness.FullPath(folder + "/" + file), Text(file), date, folder + "/" + file,
            paper: Paper, page: file == "p10.txt" ? "10" : null)).ToList();

    /// <summary>The generated code compiled and loaded (collectibly): its static Catalog, read through reflection.</summary>
    public static GeneratedCatalog Load(GeneratorRun run, string ns = Namespace)
    {
        Assert.Empty(run.Errors);
        using var stream = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("issue-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new GeneratedCatalog(context.LoadFromStream(stream).GetType(ns + ".Catalog", throwOnError: true)!);
    }
}

/// <summary>Reads the generated Catalog by reflection (its types are generated, so the test cannot name them).</summary>
internal sealed class GeneratedCatalog(Type catalog)
{
    public IReadOnlyList<object> Pages => List("Pages");

    /// <summary>One of the catalog's lists (Articles, Meetings, Figures, People, Pages).</summary>
    public IReadOnlyList<object> List(string name) => ((System.Collections.IEnumerable)Static(name)).Cast<object>().ToList();

    public object Article(string id) => Call("FindArticle", id) ?? throw new InvalidOperationException("No article " + id);

    public IReadOnlyList<string> WholeParagraphs(string id) => ((IEnumerable<string>)Call("WholeParagraphs", id)!).ToList();

    public IReadOnlyList<string> PartIds(string id) => ((System.Collections.IEnumerable)Call("ArticleParts", id)!).Cast<object>().Select(a => (string)Get(a, "Id")!).ToList();

    public static object? Get(object item, string property) => item.GetType().GetProperty(property)!.GetValue(item);

    private object Static(string property) => catalog.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    private object? Call(string method, string id) => catalog.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { id });
}
