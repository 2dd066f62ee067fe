using NewsContent.Generator.Model;
using NewsContent.Generator.Naming.Renames;

namespace NewsContent.Tests.Naming;

public sealed class RenameMapTests
{
    [Fact]
    public void ReadsOneRenameALineAndSkipsCommentsAndBlankLines()
    {
        var lines = RenameMap.Parse("# kept by tools/public-api\n\nArticles.ShiZhangDiaoYan -> Articles.ShiZhangDiaoYanChunGeng\r\n  People.WangJianGuo->People.WangJianGuoA\n");

        Assert.Collection(
            lines,
            l => Assert.Equal((ForwardedKind.Article, "ShiZhangDiaoYan", "ShiZhangDiaoYanChunGeng", 3, 1, (string?)null), (l.Kind, l.From, l.To, l.Span.Line, l.Span.Column, l.Problem)),
            l => Assert.Equal((ForwardedKind.Person, "WangJianGuo", "WangJianGuoA", 4, 3, (string?)null), (l.Kind, l.From, l.To, l.Span.Line, l.Span.Column, l.Problem)));
    }

    [Theory]
    [InlineData("Articles.Old Articles.New", "'->'")]
    [InlineData("Headlines.Old -> Headlines.New", "Class.Member")]
    [InlineData("Articles.Old -> Meetings.New", "different classes")]
    [InlineData("Articles.1Old -> Articles.New", "Class.Member")]
    public void AnUnreadableLineSaysWhy(string line, string why)
    {
        var read = Assert.Single(RenameMap.Parse(line));

        Assert.Contains(why, read.Problem, StringComparison.Ordinal);
        Assert.Equal(1, read.Span.Line);
    }

    [Fact]
    public void HanziMemberNamesAreIdentifiers()
    {
        var read = Assert.Single(RenameMap.Parse("Articles.市长调研 -> Articles.市长调研春耕"));

        Assert.Null(read.Problem);
    }

    [Fact]
    public void ForwardsAnOldNameThatIsGoneToANameThatIsThere()
    {
        var result = Resolve("Articles.Old -> Articles.New", articles: ["New"]);

        Assert.Equal(new Forwarder(ForwardedKind.Article, "Old", "New", false), Assert.Single(result.Forwarders));
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void FollowsLaterRenamesOfTheSameMember()
    {
        var result = Resolve("Articles.First -> Articles.Second\nArticles.Second -> Articles.Third", articles: ["Third"]);

        Assert.Equal(["First->Third", "Second->Third"], result.Forwarders.Select(f => f.From + "->" + f.To));
    }

    [Theory]
    [InlineData("Articles.Old -> Articles.New", new[] { "Old", "New" }, "is a member again")]
    [InlineData("Articles.Old -> Articles.Gone", new[] { "New" }, "is not a member")]
    [InlineData("Articles.A -> Articles.B\nArticles.B -> Articles.A", new string[0], "is not a member")]
    [InlineData("Articles.Catalog -> Articles.New", new[] { "New" }, "name of a generated class")]
    public void ALineThatCannotApplyIsSkippedWithAReason(string map, string[] articles, string why)
    {
        var result = Resolve(map, articles);

        Assert.Empty(result.Forwarders);
        var issue = result.Issues[0];
        Assert.Equal(IssueIds.RenameNotApplied, issue.Issue.Id);
        Assert.Equal("ContentRenames.txt", issue.Issue.Arguments[0]);
        Assert.Contains(why, issue.Issue.Arguments[2], StringComparison.Ordinal);
        Assert.Equal("/p/ContentRenames.txt", issue.Path);
    }

    [Fact]
    public void ASecondLineForTheSameOldNameIsSkipped()
    {
        var result = Resolve("Articles.Old -> Articles.New\nArticles.Old -> Articles.Other", articles: ["New", "Other"]);

        Assert.Equal("New", Assert.Single(result.Forwarders).To);
        Assert.Equal("2", Assert.Single(result.Issues).Issue.Arguments[1]);
    }

    [Fact]
    public void AMeetingKeepsItsDateConstantOnlyWhenTheNewOneHasAFullDate()
    {
        var seeds = new[]
        {
            new CurrentMembers(EquatableArray<string>.Empty, new(["Dated", "Undated"]), new(["Dated"]), EquatableArray<string>.Empty),
        };
        var maps = new[] { new RenameMapInput("/p/ContentRenames.txt", RenameMap.Parse("Meetings.A -> Meetings.Dated\nMeetings.B -> Meetings.Undated")) };

        var result = RenameForwarders.Resolve(maps, seeds, []);

        Assert.Equal([true, false], result.Forwarders.Select(f => f.WithDate));
    }

    [Fact]
    public void NoMapNoWork()
    {
        Assert.Same(RenameResult.None, RenameForwarders.Resolve([], [], []));
    }

    private static RenameResult Resolve(string map, string[] articles)
    {
        var seeds = new[] { new CurrentMembers(new(articles), EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty) };
        return RenameForwarders.Resolve([new RenameMapInput("/p/ContentRenames.txt", RenameMap.Parse(map))], seeds, []);
    }
}
