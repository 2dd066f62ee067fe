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

    /// <summary>
    /// A paper printed in sections: A04 and B04 of one issue are two pages, each keeps its letter, and a 下转 mark
    /// without a letter (下转第4版) on a B page continues on B4, not A4.
    /// </summary>
    [Fact]
    public void PagesOfTwoSections_WithOneNumber_AreTwoPages_AndMarksLinkWithinTheSection()
    {
        var harness = new GeneratorHarness().WithNamespace("Sections.Content");
        foreach (var (file, text) in new[]
        {
            ("a1", "江城日报 A1版 要闻\n\n老街改造工程全面完工\n\n本报讯（记者 王建国）历时两年的老街改造工程昨日全面完工，沿街八十余栋老建筑完成修缮。（下转A4版）\n"),
            ("a4", "江城日报 A4版 综合\n\n老街改造\n\n（上接A1版）街区还新增停车位三百个，市民出行更加便利。\n"),
            ("b1", "江城日报 B1版 城事\n\n春季花展本周末开幕\n\n本报讯（记者 李春华）春季花展本周末在滨江公园开幕，展出花卉两百余种。（下转第4版）\n"),
            ("b4", "江城日报 B4版 城事\n\n春季花展\n\n（上接第1版）花展期间公园将延长开放时间，并增开接驳公交。\n"),
        })
        {
            harness.AddSeed(GeneratorHarness.FullPath("sections/" + file + ".txt"), text, IssueHarness.Date, "sections/" + file + ".txt", IssueHarness.Paper);
        }

        var catalog = IssueHarness.Load(harness.Run(), "Sections.Content");

        Assert.Equal(new[] { "A1", "A4", "B1", "B4" }, catalog.Pages.Select(p => GeneratedCatalog.Get(p, "Section") + "" + GeneratedCatalog.Get(p, "Number")));
        Assert.Equal("sections/a4#A1", GeneratedCatalog.Get(catalog.Article("sections/a1#A1"), "ContinuedOnId"));
        Assert.Equal("sections/b4#A1", GeneratedCatalog.Get(catalog.Article("sections/b1#A1"), "ContinuedOnId"));
        Assert.Equal("sections/b1#A1", GeneratedCatalog.Get(catalog.Article("sections/b4#A1"), "ContinuedFromId"));
    }
}
