using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;

namespace NewsContent.Report.Tests.Html;

/// <summary>The report's raw HTML: seed text and names only ever appear escaped, and the page makes no outside request.</summary>
public sealed class HtmlEscapingTests
{
    [Fact]
    public void Hostile_seed_text_is_escaped_in_text_and_attributes()
    {
        var html = HtmlReport.Render(Extractor.ExtractOne(new SeedFile(TestPaths.HostileSeed, "hostile.txt", "2020-02-18"), ExtractionOptions.Default));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</section></div><style>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<style>"));
    }

    [Fact]
    public void Report_is_self_contained()
    {
        var html = HtmlReport.Render(Extractor.ExtractOne(new SeedFile(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn), ExtractionOptions.Default));

        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<link", html);
    }
}
