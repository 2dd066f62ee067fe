using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace NewsContent.Tests.Generator;

public sealed class GeneratorDriverTests
{
    private const string RecordsHint = "NewsContent.Records.g.cs";
    private const string CatalogHint = "NewsContent.Catalog.g.cs";
    private const string PeopleHint = "NewsContent.PeopleShard00.g.cs";

    [Fact]
    public void DesignSeed_GeneratesCompilingSourcesWithoutErrors()
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        harness.AddDesignSeed();

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        var hints = run.Generator.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(4, hints.Count);
        Assert.Contains(RecordsHint, hints);
        Assert.Contains(CatalogHint, hints);
        Assert.Contains(PeopleHint, hints);
        var seedHints = hints.Where(h => h != RecordsHint && h != CatalogHint && h != PeopleHint).ToList();
        var seedHint = Assert.Single(seedHints);
        Assert.StartsWith("NewsContent.", seedHint, StringComparison.Ordinal);
        Assert.EndsWith(".g.cs", seedHint, StringComparison.Ordinal);
    }

    [Fact]
    public void NonSeedAdditionalFile_IsIgnored()
    {
        var harness = new GeneratorHarness();
        harness.AddNonSeed(GeneratorHarness.FullPath("PublicAPI.Shipped.txt"), "#nullable enable\nNewsContent.Article\n本报讯 2月17日,市委书记黄钦主持召开会议。\n");

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        var hints = run.Generator.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { CatalogHint, RecordsHint }, hints);
        Assert.Empty(run.Generator.Diagnostics);
    }

    [Fact]
    public void DesignSeed_MatchesSnapshots()
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        harness.AddDesignSeed();
        var run = harness.Run();
        Assert.Null(run.Generator.Exception);

        var directory = Snapshots.Directory();
        var sources = run.Sources;
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            foreach (var stale in Directory.GetFiles(directory, "*.cs.txt"))
            {
                File.Delete(stale);
            }

            foreach (var (hint, text) in sources)
            {
                File.WriteAllText(Path.Combine(directory, hint + ".txt"), Normalize(text), new UTF8Encoding(false));
            }

            return;
        }

        var expected = Directory.GetFiles(directory, "*.cs.txt")
            .ToDictionary(p => Path.GetFileName(p)[..^".txt".Length], p => File.ReadAllText(p), StringComparer.Ordinal);
        Assert.True(expected.Count > 0, "No snapshots under " + directory + "; run with UPDATE_SNAPSHOTS=1 to create them.");
        Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in sources)
        {
            Assert.True(Normalize(expected[hint]) == Normalize(text), $"Generated {hint} differs from its snapshot; run with UPDATE_SNAPSHOTS=1 to accept the change.");
        }
    }

    [Fact]
    public void TwoSeeds_AnyOrderAnyCulture_ByteIdenticalSources()
    {
        var design = GeneratorHarness.DesignSeedText;
        var changed = design.Replace("4928家", "4929家", StringComparison.Ordinal).Replace("姜勤俭主持会议", "姜勤俭主持会议并讲话", StringComparison.Ordinal);
        Assert.NotEqual(design, changed);

        var seeds = new[]
        {
            (Path: GeneratorHarness.FullPath(GeneratorHarness.DesignSeedPath), Text: design, Seed: GeneratorHarness.DesignSeedPath),
            (Path: GeneratorHarness.FullPath("seeds/001_copy.txt"), Text: changed, Seed: "seeds/001_copy.txt"),
        };

        IReadOnlyDictionary<string, byte[]>? reference = null;
        foreach (var culture in new[] { "fi-FI", "tr-TR", "ar-SA" })
        {
            foreach (var order in new[] { seeds, seeds.Reverse().ToArray() })
            {
                var previous = CultureInfo.CurrentCulture;
                var previousUi = CultureInfo.CurrentUICulture;
                IReadOnlyDictionary<string, byte[]> bytes;
                try
                {
                    CultureInfo.CurrentCulture = new CultureInfo(culture);
                    CultureInfo.CurrentUICulture = new CultureInfo(culture);
                    var harness = new GeneratorHarness().WithNamespace("NewsContent");
                    foreach (var seed in order)
                    {
                        harness.AddSeed(seed.Path, seed.Text, GeneratorHarness.DesignPublishedOn, seed.Seed);
                    }

                    var run = harness.Run();
                    Assert.Null(run.Generator.Exception);
                    AssertNoErrors(run);
                    bytes = run.Sources.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
                }
                finally
                {
                    CultureInfo.CurrentCulture = previous;
                    CultureInfo.CurrentUICulture = previousUi;
                }

                Assert.Equal(5, bytes.Count);
                if (reference is null)
                {
                    reference = bytes;
                    continue;
                }

                Assert.Equal(reference.Keys.OrderBy(k => k, StringComparer.Ordinal), bytes.Keys.OrderBy(k => k, StringComparer.Ordinal));
                foreach (var (hint, content) in reference)
                {
                    Assert.True(content.AsSpan().SequenceEqual(bytes[hint]), $"{hint} differs under culture {culture} with seed order {string.Join(", ", order.Select(s => s.Seed))}.");
                }
            }
        }
    }

    [Fact]
    public void HanziIdentifiers_CompileAndNamePeopleInHanzi()
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent").WithIdentifierStyle("Hanzi");
        harness.AddDesignSeed();

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        var people = run.Sources[PeopleHint];
        Assert.Contains("黄钦 =", people, StringComparison.Ordinal);
        Assert.Contains("class People", people, StringComparison.Ordinal);
    }

    [Fact]
    public void HostileSeed_GeneratesCompilingSource()
    {
        var headline = "标题\"引号\\反斜杠*/注释</summary>\u2028分隔\u202E反转\0空\uD800孤";
        var text = string.Join("\n",
            headline,
            string.Empty,
            "class",
            string.Empty,
            "本报讯 2月17日,测试\"内容\\*/</summary>。",
            string.Empty);
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        harness.AddSeed(GeneratorHarness.FullPath("seeds/hostile.txt"), text, GeneratorHarness.DesignPublishedOn, "seeds/hostile.txt");

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
        Assert.DoesNotContain(run.Generator.Diagnostics, d => d.Id == "CONTENT009");
        var seedSource = Assert.Single(run.Sources, s => s.Key != RecordsHint && s.Key != CatalogHint && s.Key != PeopleHint).Value;
        Assert.Contains("测试", seedSource, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t\n\u3000  \n")]
    public void EmptySeed_ReportsContent001InTheSeed(string text)
    {
        var path = GeneratorHarness.FullPath("seeds/empty.txt");
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        harness.AddSeed(path, text, GeneratorHarness.DesignPublishedOn, "seeds/empty.txt");

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        var diagnostic = Assert.Single(run.Generator.Diagnostics, d => d.Id == "CONTENT001");
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void RelativeDateWithoutPublishedOn_ReportsContent005InTheSeed()
    {
        var path = GeneratorHarness.FullPath("seeds/undated.txt");
        var text = "市委召开常委会议\n\n本报讯 昨日,市委书记黄钦主持召开市委常委会议,研究部署当前工作。\n";
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        harness.AddSeed(path, text, publishedOn: null, seedPath: "seeds/undated.txt");

        var run = harness.Run();

        Assert.Null(run.Generator.Exception);
        AssertNoErrors(run);
        var diagnostic = Assert.Single(run.Generator.Diagnostics, d => d.Id == "CONTENT005");
        Assert.Equal(path, diagnostic.Location.GetLineSpan().Path);
    }

    internal static void AssertNoErrors(GeneratorRun run)
    {
        var errors = run.Errors.ToList();
        Assert.True(errors.Count == 0, "Errors:\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    // The #line directives name the seed by its full path, which is the test's output folder on this machine.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\r", "\n", StringComparison.Ordinal)
        .Replace((Path.Combine(AppContext.BaseDirectory, "virtual") + "/").Replace('\\', '/'), "{virtual}/", StringComparison.Ordinal);
}

/// <summary>Finds the checked-in snapshot folder in the source tree.</summary>
internal static class Snapshots
{
    public static string Directory()
    {
        var current = new DirectoryInfo(AppContext.BaseDirectory);
        while (current is not null)
        {
            if (File.Exists(Path.Combine(current.FullName, "NewsContent.Tests.csproj")))
            {
                return Path.Combine(current.FullName, "Snapshots");
            }

            if (File.Exists(Path.Combine(current.FullName, "Content.sln")))
            {
                return Path.Combine(current.FullName, "tests", "NewsContent.Tests", "Snapshots");
            }

            current = current.Parent;
        }

        throw new InvalidOperationException("No folder holding Content.sln or NewsContent.Tests.csproj above " + AppContext.BaseDirectory);
    }
}
