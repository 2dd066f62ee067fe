namespace NewsContent.Tests.Generator;

/// <summary>
/// A ten-page issue through the generator: Catalog.Pages lists its pages with the numbers their furniture prints (or
/// their Page metadata), and the articles page 1 continues on page 4 are linked to the parts there, matched by their
/// shortened headlines, not by their order; a 下转 to a page that is not among the seeds stays a number.
/// </summary>
public sealed class IssuePagesTests
{
    private static readonly Lazy<GeneratedCatalog> Catalog = new(() =>
    {
        var harness = new GeneratorHarness().WithNamespace(IssueHarness.Namespace);
        IssueHarness.AddIssue(harness);
        return IssueHarness.Load(harness.Run());
    });

    [Fact]
    public void Pages_AreListedInPageOrder_WithTheirNumbersPaperAndDate()
    {
        var pages = Catalog.Value.Pages;

        Assert.Equal(Enumerable.Range(1, 10).Select(n => (int?)n), pages.Select(p => (int?)GeneratedCatalog.Get(p, "Number")));
        Assert.Equal(IssueHarness.Files.Select(f => "issue/" + Path.GetFileNameWithoutExtension(f)), pages.Select(p => (string)GeneratedCatalog.Get(p, "Id")!));
        Assert.All(pages, p => Assert.Equal(IssueHarness.Paper, GeneratedCatalog.Get(p, "Paper")));
        Assert.All(pages, p => Assert.Equal(IssueHarness.Date, GeneratedCatalog.Get(p, "Date")));
        Assert.Equal(new[] { "issue/p01#A1", "issue/p01#A2", "issue/p01#A3" }, (IEnumerable<string>)GeneratedCatalog.Get(pages[0], "ArticleIds")!);
    }

    [Fact]
    public void ContinuedArticles_AreLinkedToTheirPartsOnPage4_ByHeadline()
    {
        var catalog = Catalog.Value;

        // Page 1 continues 常务会议 (A1) and 环境整治 (A2) on page 4, where the parts stand the other way round.
        Assert.Equal("issue/p04#A2", GeneratedCatalog.Get(catalog.Article("issue/p01#A1"), "ContinuedOnId"));
        Assert.Equal("issue/p04#A1", GeneratedCatalog.Get(catalog.Article("issue/p01#A2"), "ContinuedOnId"));
        Assert.Equal("issue/p01#A1", GeneratedCatalog.Get(catalog.Article("issue/p04#A2"), "ContinuedFromId"));
        Assert.Equal("issue/p01#A2", GeneratedCatalog.Get(catalog.Article("issue/p04#A1"), "ContinuedFromId"));
        Assert.Null(GeneratedCatalog.Get(catalog.Article("issue/p04#A3"), "ContinuedFromId"));
    }

    [Fact]
    public void ContinuationToAPageNotAmongTheSeeds_StaysANumber()
    {
        var article = Catalog.Value.Article("issue/p01#A3");

        Assert.Equal(12, GeneratedCatalog.Get(article, "ContinuedOnPage"));
        Assert.Null(GeneratedCatalog.Get(article, "ContinuedOnId"));
        Assert.Equal(new[] { "issue/p01#A3" }, Catalog.Value.PartIds("issue/p01#A3"));
    }

    [Fact]
    public void WholeText_ReadsAcrossPages_JoiningTheSentenceCutAtThePagesEnd()
    {
        var catalog = Catalog.Value;

        Assert.Equal(new[] { "issue/p01#A1", "issue/p04#A2" }, catalog.PartIds("issue/p04#A2"));
        var whole = catalog.WholeParagraphs("issue/p04#A2");
        Assert.Equal(whole, catalog.WholeParagraphs("issue/p01#A1"));
        Assert.Contains(whole, p => p.Contains("春耕备耕各项工作，确保种子", StringComparison.Ordinal));
        Assert.Equal("会议还研究了其他事项。", whole[^1]);

        // A part that ends its sentence on page 1 keeps its paragraphs apart from the next page's.
        var environment = catalog.WholeParagraphs("issue/p01#A2");
        Assert.Contains(environment, p => p.StartsWith("（上接第1版）", StringComparison.Ordinal) || p.StartsWith("要建立问题清单", StringComparison.Ordinal));
    }
}
