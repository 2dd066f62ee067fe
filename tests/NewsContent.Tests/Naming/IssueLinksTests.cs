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

    private static PageSummary Page(string id, int number, params ArticleMark[] articles) => new(id, "江城日报", "2025-03-12", number, articles.ToEquatableArray());

    private static ArticleMark Mark(string id, string headline, int? on = null, int? from = null) =>
        new(id, (headline.Length == 0 ? Array.Empty<string>() : new[] { headline }).ToEquatableArray(), on, from);
}
