using NewsContent.Generator.Model;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Tests.Naming;

/// <summary>Issues grouped from page summaries and their continuations linked (headlines our own writing).</summary>
public sealed class IssueLinksTests
{
    [Fact]
    public void SeveralPartsFromOnePage_AreMatchedByHeadline_NotByOrder()
    {
        var front = Page("p1", 1, Mark("p1#A1", "市政府召开第十五次常务会议", on: 4), Mark("p1#A2", "我市全面启动城乡环境整治行动", on: 4));
        var inner = Page("p4", 4, Mark("p4#A1", "城乡环境整治", from: 1), Mark("p4#A2", "市政府常务会议", from: 1));

        var links = Link(front, inner);

        Assert.Equal(new[] { new ContinuationLink("p1#A1", "p4#A2"), new ContinuationLink("p1#A2", "p4#A1") }, links);
    }

    [Fact]
    public void OnePartEachWay_IsALink_WhateverItsHeadline()
    {
        var links = Link(Page("p1", 1, Mark("p1#A1", "江城新区十大项目集中开工", on: 3)), Page("p3", 3, Mark("p3#A1", string.Empty, from: 1)));

        Assert.Equal(new[] { new ContinuationLink("p1#A1", "p3#A1") }, links);
    }

    [Fact]
    public void AMarkToAPageNotAmongTheSeeds_OrToAPartThatContinuesAnotherPage_IsNoLink()
    {
        var links = Link(Page("p1", 1, Mark("p1#A1", "江城新区十大项目集中开工", on: 12), Mark("p1#A2", "老街非遗展开幕", on: 4)),
            Page("p4", 4, Mark("p4#A1", "老街非遗展开幕", from: 2)));

        Assert.Empty(links);
    }

    [Fact]
    public void PagesOfAnotherDateOrPaper_AreAnotherIssue()
    {
        var front = Page("a/p1", 1, Mark("a/p1#A1", "市政府常务会议", on: 4));
        var inner = Page("b/p4", 4, Mark("b/p4#A1", "市政府常务会议", from: 1)) with { Date = "2025-03-13" };

        var issues = ContentPipeline.Issues(new[] { front, inner }).ToList();

        Assert.Equal(2, issues.Count);
        Assert.All(issues.Select(ContentPipeline.Link), issue => Assert.Empty(issue.Links));
        Assert.NotEqual(IssueClass(issues[0]), IssueClass(issues[1]));
    }

    private static string IssueClass(IssuePages issue) => ContentPipeline.Link(issue).ClassName;

    private static List<ContinuationLink> Link(params PageSummary[] pages) =>
        ContentPipeline.Issues(pages).Select(ContentPipeline.Link).SelectMany(issue => issue.Links).ToList();

    /// <summary>A04 and B04 are two pages: each section's marks link within it, and the pages stand section by section.</summary>
    [Fact]
    public void PagesOfTwoSections_WithOneNumber_AreTwoPages_AndLinkWithinTheirSection()
    {
        var a1 = Page("a1", new PageLabel("A", 1), Mark("a1#A1", "老街改造工程全面完工", on: new PageLabel("A", 4)));
        var b1 = Page("b1", new PageLabel("B", 1), Mark("b1#A1", "春季花展本周末开幕", on: new PageLabel("B", 4)));
        var a4 = Page("a4", new PageLabel("A", 4), Mark("a4#A1", "老街改造", from: new PageLabel("A", 1)));
        var b4 = Page("b4", new PageLabel("B", 4), Mark("b4#A1", "春季花展", from: new PageLabel("B", 1)));

        var issue = Assert.Single(ContentPipeline.Issues(new[] { b4, a4, b1, a1 }));

        Assert.Equal(new[] { "a1", "a4", "b1", "b4" }, issue.Pages.Select(p => p.Id));
        Assert.Equal(new[] { new ContinuationLink("a1#A1", "a4#A1"), new ContinuationLink("b1#A1", "b4#A1") }, ContentPipeline.Link(issue).Links);
    }

    [Theory]
    [InlineData(null, 4, "B", "B4")]
    [InlineData("A", 4, "B", "A4")]
    [InlineData(null, 4, null, "4")]
    public void AMarkWithoutALetter_NamesAPageOfItsOwnSection(string? section, int number, string? pageSection, string expected) =>
        Assert.Equal(expected, new PageLabel(section, number).Within(pageSection).ToString());

    private static PageSummary Page(string id, int number, params ArticleMark[] articles) => Page(id, new PageLabel(null, number), articles);

    private static PageSummary Page(string id, PageLabel label, params ArticleMark[] articles) => new(id, "江城日报", "2025-03-12", label, articles.ToEquatableArray());

    private static ArticleMark Mark(string id, string headline, int? on = null, int? from = null) =>
        Mark(id, headline, on is { } o ? new PageLabel(null, o) : null, from is { } f ? new PageLabel(null, f) : null);

    private static ArticleMark Mark(string id, string headline, PageLabel? on = null, PageLabel? from = null) =>
        new(id, (headline.Length == 0 ? Array.Empty<string>() : new[] { headline }).ToEquatableArray(), on, from);
}
