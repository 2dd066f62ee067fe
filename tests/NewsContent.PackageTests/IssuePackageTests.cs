using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>
/// Issues and archives as users build them from the packed generator: a ten-page issue (tests/issue, our own writing)
/// whose continuations link across pages, and an archive split into one content library per year, built in parallel
/// and read by one app.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class IssuePackageTests(PackedPackages packages, ITestOutputHelper output)
{
    private static readonly string[] TenPages = Enumerable.Range(1, 10).Select(n => $"p{n:00}.txt").ToArray();

    [Fact]
    public void TenPageIssue_ListsItsPages_AndLinksItsContinuations()
    {
        var app = ConsumerApp.Create(packages, "JiangCheng");
        app.AddPackage(PackedPackages.GeneratorId).EnsureSuccess();
        app.CopyIssuePages("issue", TenPages);
        app.AddToProject("""
              <ItemGroup>
                <ContentSeed Include="issue/*.txt" Exclude="issue/p10.txt" Paper="江城日报" PublishedOn="2025-03-12" />
                <ContentSeed Include="issue/p10.txt" Paper="江城日报" PublishedOn="2025-03-12" Page="10" />
              </ItemGroup>
            """);
        app.WriteProgram("""
            using JiangCheng;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            foreach (var page in Catalog.Pages)
            {
                Console.WriteLine($"page {page.Number} {page.Id} {page.Paper} {page.Date} articles={page.ArticleIds.Count}");
            }

            foreach (var article in Catalog.Articles)
            {
                if (article.ContinuedOnPage is not null || article.ContinuedFromPage is not null)
                {
                    Console.WriteLine($"part {article.Id} on={article.ContinuedOnPage}:{article.ContinuedOnId ?? "-"} from={article.ContinuedFromPage}:{article.ContinuedFromId ?? "-"}");
                }
            }

            Console.WriteLine("whole " + string.Join("|", Catalog.WholeParagraphs("issue/p04#A2")));
            """);

        app.Build().EnsureSuccess();
        var run = app.Run().EnsureSuccess();
        output.WriteLine(app.StepSummary());
        output.WriteLine(run.Output);

        for (var n = 1; n <= 10; n++)
        {
            Assert.Contains($"page {n} issue/p{n:00} 江城日报 2025-03-12 ", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("part issue/p01#A1 on=4:issue/p04#A2 from=:-", run.Output, StringComparison.Ordinal);
        Assert.Contains("part issue/p01#A2 on=4:issue/p04#A1 from=:-", run.Output, StringComparison.Ordinal);
        Assert.Contains("part issue/p01#A3 on=12:- from=:-", run.Output, StringComparison.Ordinal);
        Assert.Contains("part issue/p04#A1 on=:- from=1:issue/p01#A2", run.Output, StringComparison.Ordinal);
        Assert.Contains("part issue/p04#A2 on=:- from=1:issue/p01#A1", run.Output, StringComparison.Ordinal);
        Assert.Contains("春耕备耕各项工作，确保种子", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ArchiveSplitByYear_BuildsInParallel_AndOneAppReadsEveryYear()
    {
        var years = new[] { 2024, 2025 }.Select(year =>
        {
            var library = ConsumerApp.Create(packages, $"Archive{year}", template: "classlib");
            library.AddPackage(PackedPackages.GeneratorId).EnsureSuccess();
            library.CopyIssuePages("pages", "p01.txt", "p04.txt");
            library.AddToProject($"""
                  <PropertyGroup>
                    <ContentNamespace>Archive.Y{year}</ContentNamespace>
                  </PropertyGroup>
                  <ItemGroup>
                    <ContentSeed Include="pages/*.txt" Paper="江城日报" PublishedOn="{year}-03-12" />
                  </ItemGroup>
                """);
            return library;
        }).ToList();

        var app = ConsumerApp.Create(packages, "ArchiveReader");
        foreach (var library in years)
        {
            app.AddReference(library).EnsureSuccess();
        }

        app.WriteProgram("""
            Console.OutputEncoding = System.Text.Encoding.UTF8;
            // Each year generates its own records (Archive.Y2024.Page is not Archive.Y2025.Page): read them into one shape.
            var pages = Archive.Y2024.Catalog.Pages.Select(p => p.Date + "/" + p.Number)
                .Concat(Archive.Y2025.Catalog.Pages.Select(p => p.Date + "/" + p.Number));
            Console.WriteLine("pages " + string.Join(" ", pages));
            Console.WriteLine("2024 " + Archive.Y2024.Catalog.FindArticle("pages/p01#A1")?.ContinuedOnId);
            Console.WriteLine("2025 " + Archive.Y2025.Catalog.FindArticle("pages/p01#A1")?.ContinuedOnId);
            Console.WriteLine("articles " + (Archive.Y2024.Catalog.Articles.Count + Archive.Y2025.Catalog.Articles.Count));
            """);

        app.Build("-m").EnsureSuccess();
        var run = app.Run().EnsureSuccess();
        output.WriteLine(app.StepSummary());
        output.WriteLine(run.Output);

        Assert.Contains("pages 2024-03-12/1 2024-03-12/4 2025-03-12/1 2025-03-12/4", run.Output, StringComparison.Ordinal);
        Assert.Contains("2024 pages/p04#A2", run.Output, StringComparison.Ordinal);
        Assert.Contains("2025 pages/p04#A2", run.Output, StringComparison.Ordinal);
        Assert.Contains("articles 12", run.Output, StringComparison.Ordinal);
    }
}
