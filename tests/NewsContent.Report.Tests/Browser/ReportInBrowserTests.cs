using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;
using NewsContent.Generator.Naming;
using Xunit.Abstractions;

namespace NewsContent.Report.Tests.Browser;

/// <summary>The HTML report as a browser builds it: the elements, their members and the diagnostics are where they should be, and seed text never becomes markup.</summary>
public sealed class ReportInBrowserTests
{
    private readonly ITestOutputHelper output;

    public ReportInBrowserTests(ITestOutputHelper output) => this.output = output;

    [BrowserFact]
    public void Design_seed_report_shows_every_extracted_element_with_its_member()
    {
        var expected = Expected.For(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn);
        var html = WriteReport(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn, "design-seed.html");
        var document = Parse(HeadlessChromium.DumpDom(html));

        Assert.Equal(expected.ArticleMembers, document.QuerySelectorAll("section.article").Select(e => e.GetAttribute("data-member")));
        Assert.Equal(expected.MeetingMembers, document.QuerySelectorAll(".meeting[id]").Select(e => e.GetAttribute("data-member")));
        Assert.Equal(expected.FigureMembers, Ordered(document, ".figure[id]", "F").Select(e => e.GetAttribute("data-member")));
        Assert.Equal(expected.PersonMembers, Ordered(document, ".person[id]", "P").Select(e => e.GetAttribute("data-member")));
        Assert.Equal(expected.Page.Dates.Count, document.QuerySelectorAll(".date[id]").Length);
        Assert.Equal(expected.Page.Figures.Select(f => f.Text), Ordered(document, ".figure[id]", "F").Select(e => e.TextContent));
        Assert.Equal(6, expected.Page.Articles.Count);
        Assert.Equal(4, expected.Page.Meetings.Count);

        // Every article shows its headline, every line of the seed is there, numbered.
        foreach (var article in expected.Page.Articles.Where(a => a.Headline.Length > 0))
        {
            var section = document.QuerySelector("section.article#A" + article.Number)!;
            var shown = string.Concat(section.QuerySelectorAll(".part.headline").Select(e => e.TextContent)).Where(c => !char.IsWhiteSpace(c)).Order();
            Assert.Equal(article.Headline.Where(c => !char.IsWhiteSpace(c)).Order(), shown);
        }

        var seedLines = File.ReadAllText(TestPaths.DesignSeed).Split('\n');
        Assert.Equal(seedLines.Length, document.QuerySelectorAll("main .line").Length);

        // Each diagnostic sits beside the line it points at. The design seed reads without one since its 下转 line closes
        // its article (it was text outside every article); the hostile seed below shows one on its line.
        var issues = expected.Issues;
        foreach (var issue in issues)
        {
            var line = document.QuerySelector(".line[data-line='" + issue.Span.Line + "']");
            Assert.NotNull(line);
            Assert.Contains(line!.QuerySelectorAll(".diagnostic"), d => d.GetAttribute("data-id") == issue.Id && d.GetAttribute("data-column") == issue.Span.Column.ToString());
        }

        Assert.Equal(issues.Count, document.QuerySelectorAll("main .diagnostic").Length);
        Assert.Empty(document.QuerySelectorAll("script"));
        Screenshot(html, "design-seed.png");
    }

    [BrowserFact]
    public void Hostile_seed_text_stays_text()
    {
        var html = WriteReport(TestPaths.HostileSeed, "hostile.txt", "2020-02-18", "hostile-seed.html");
        var document = Parse(HeadlessChromium.DumpDom(html));

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("main b"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));

        var text = string.Concat(document.QuerySelectorAll("main .line .text").Select(e => e.TextContent + "\n"));
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("\"><img src=x onerror=alert(2)>", text);
        Assert.Contains("《关于<script>alert(3)</script>的意见》", text);
        Assert.Contains("</section></div><style>body{display:none}</style>", text);
        Assert.Contains("{{ 1+1 }}", text);

        // The hostile text is still extracted and highlighted: it must not have been escaped away.
        Assert.NotEmpty(document.QuerySelectorAll("section.article"));
        Assert.NotEmpty(document.QuerySelectorAll(".meeting[id]"));
        Assert.Contains(document.QuerySelectorAll(".diagnostic"), d => d.GetAttribute("data-id") == "CONTENT004");
        Screenshot(html, "hostile-seed.png");
    }

    private static IEnumerable<IElement> Ordered(IDocument document, string selector, string prefix) =>
        document.QuerySelectorAll(selector).OrderBy(e => int.Parse(e.Id!.Substring(prefix.Length)));

    private static IDocument Parse(string dom)
    {
        // A whole document came back, not an error page: Chromium serializes the doctype and the closing tag.
        Assert.StartsWith("<!DOCTYPE html>", dom.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", dom.TrimEnd(), StringComparison.OrdinalIgnoreCase);
        return new HtmlParser().ParseDocument(dom);
    }

    private static string WriteReport(string seedPath, string itemPath, string publishedOn, string fileName)
    {
        var extraction = Extractor.ExtractOne(new SeedFile(seedPath, itemPath, publishedOn), ExtractionOptions.Default with { Style = IdentifierStyle.Pinyin });
        var path = Path.Combine(TestPaths.Screenshots, fileName);
        File.WriteAllText(path, HtmlReport.Render(extraction));
        return path;
    }

    private void Screenshot(string html, string fileName)
    {
        var png = Path.Combine(TestPaths.Screenshots, fileName);
        HeadlessChromium.Screenshot(html, png, 1280, 2000);
        Assert.Equal((1280, 2000), Png.Size(png));
        output.WriteLine("screenshot: " + png);
    }
}
