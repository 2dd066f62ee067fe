using System.Text.RegularExpressions;
using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;
using NewsContent.Generator.Model;

namespace NewsContent.Report.Tests.Html;

/// <summary>The article parts the report marks are the roles the parser gave its pieces, read once where the article was built.</summary>
public sealed class ArticlePartsTests
{
    [Fact]
    public void Each_piece_role_spells_the_part_the_model_extracted()
    {
        var page = Expected.For(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn).Page;

        Assert.Contains(page.Articles, a => a.Dateline is not null);
        foreach (var article in page.Articles)
        {
            Assert.Equal(article.Dateline ?? string.Empty, Text(article, PieceRole.Dateline));

            // The parser may put a headline's printed segments in order: compare its characters, not their order.
            Assert.Equal(Sorted(article.Headline), Sorted(Text(article, PieceRole.Headline)));
        }
    }

    [Fact]
    public void The_report_marks_one_dateline_per_article_that_has_one()
    {
        var seed = new SeedFile(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn);
        var html = HtmlReport.Render(Extractor.ExtractOne(seed, ExtractionOptions.Default));
        var page = Expected.For(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn).Page;

        Assert.Equal(page.Articles.Count(a => a.Dateline is not null), Regex.Matches(html, "class=\"part dateline\"").Count);
    }

    [Theory]
    [InlineData("Body", "paragraph")]
    [InlineData("Headline", "headline")]
    [InlineData("Continuation", "continuation")]
    public void A_role_is_named_by_its_css_class(string role, string css) => Assert.Equal(css, ArticleParts.ClassOf(Enum.Parse<PieceRole>(role)));

    [Fact]
    public void Spaces_around_a_piece_stay_unmarked() => Assert.Equal((2, 5), ArticleParts.Visible("  本报讯 "));

    private static string Text(ArticleModel article, PieceRole role) =>
        string.Concat(article.Pieces.Where(p => p.Role == role).Select(p => p.Text));

    private static string Sorted(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).Order().ToArray());
}
