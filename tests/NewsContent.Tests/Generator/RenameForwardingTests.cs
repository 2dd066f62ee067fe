using Microsoft.CodeAnalysis;
using NewsContent.Generator;

namespace NewsContent.Tests.Generator;

/// <summary>A headline fix renames its member; the rename map keeps code written against the old name compiling.</summary>
public sealed class RenameForwardingTests
{
    private const string SeedPath = "/virtual/seeds/page.txt";
    private const string MapPath = "/virtual/ContentRenames.txt";

    private const string Before = """
        王建国调研春耕生产

        本报讯 3月5日，市长王建国到城郊农场调研春耕生产。他强调，要抓好农时，确保全年粮食稳产。
        """;

    [Fact]
    public void OldNameStillCompilesWithAnObsoleteWarningThatNamesTheNewMember()
    {
        var oldName = Assert.Single(ArticleMembers(Before));
        var after = Before.Replace("调研春耕生产\n", "调研春耕备耕工作\n", StringComparison.Ordinal);
        var newName = Assert.Single(ArticleMembers(after));
        Assert.NotEqual(oldName, newName);

        var harness = new GeneratorHarness();
        harness.AddSeed(SeedPath, after, "2024-03-06", "seeds/page.txt");
        harness.AddRenameMap(MapPath, $"# old -> new\nArticles.{oldName} -> Articles.{newName}\n");
        harness.AddSource("/virtual/App.cs", $$"""
            public static class App
            {
                public static string Old() => NewsContent.GeneratorTests.Articles.{{oldName}}.Headline;
                public const string OldHeadline = NewsContent.GeneratorTests.ArticleHeadlines.{{oldName}};
            }
            """);
        var run = harness.WithNamespace("NewsContent.GeneratorTests").Run();

        Assert.Empty(run.Errors);
        var obsolete = run.CompilationDiagnostics.Where(d => d.Id == "CS0618").Select(d => d.GetMessage()).ToList();
        Assert.Equal(2, obsolete.Count);
        Assert.All(obsolete, m => Assert.Contains("renamed to", m, StringComparison.Ordinal));
        Assert.Contains(obsolete, m => m.Contains("use Articles." + newName, StringComparison.Ordinal));
        Assert.Contains(obsolete, m => m.Contains("use ArticleHeadlines." + newName, StringComparison.Ordinal));
        Assert.Contains("NewsContent.Renames.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void ALineThatCannotApplyIsAWarningInTheMapAndNothingIsEmittedForIt()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed(SeedPath, Before, "2024-03-06", "seeds/page.txt");
        harness.AddRenameMap(MapPath, "\nArticles.Old -> Articles.NotAMember\n");
        var run = harness.Run();

        Assert.Empty(run.Errors);
        var warning = Assert.Single(run.DriverDiagnostics, d => d.Id == "CONTENT012");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(MapPath, warning.Location.GetLineSpan().Path);
        Assert.Equal(1, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain("NewsContent.Renames.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void WithoutAMapNoRenamesFileIsGenerated()
    {
        var harness = new GeneratorHarness();
        harness.AddSeed(SeedPath, Before, "2024-03-06", "seeds/page.txt");

        Assert.DoesNotContain("NewsContent.Renames.g.cs", harness.Run().Sources.Keys);
    }

    [Fact]
    public void AParagraphEditLeavesTheForwardersCached()
    {
        var oldName = Assert.Single(ArticleMembers(Before));
        var harness = new GeneratorHarness();
        var seed = harness.AddSeed(SeedPath, Before, "2024-03-06", "seeds/page.txt");
        harness.AddRenameMap(MapPath, $"Articles.Gone -> Articles.{oldName}\n");
        var first = harness.Run();

        var edited = new InMemoryAdditionalText(SeedPath, Before.Replace("确保全年粮食稳产", "确保全年粮食稳产增产", StringComparison.Ordinal));
        var driver = first.Driver.ReplaceAdditionalText(seed, edited);
        var second = first.Rerun(driver: driver);

        var steps = second.Generator.TrackedSteps[TrackingNames.Forwarders];
        Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    private static IReadOnlyList<string> ArticleMembers(string seed)
    {
        var harness = new GeneratorHarness();
        harness.AddSeed(SeedPath, seed, "2024-03-06", "seeds/page.txt");
        var run = harness.WithNamespace("NewsContent.GeneratorTests").Run();
        Assert.Empty(run.Errors);
        var articles = run.OutputCompilation.GetTypeByMetadataName("NewsContent.GeneratorTests.Articles")!;
        return articles.GetMembers()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && m is IFieldSymbol { Type.Name: "Article" } or IPropertySymbol { Type.Name: "Article" })
            .Select(m => m.Name)
            .ToList();
    }
}
