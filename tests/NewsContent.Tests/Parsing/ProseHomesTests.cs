using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>Every line of prose has a home: the rules that give one to prose the cutting rules left outside, on our own pages.</summary>
public sealed class ProseHomesTests
{
    public static TheoryData<string> RuleNames() => new(ProseHomes.Rules.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void TheRuleExample_GivesEveryLineOfProseAHome(string name)
    {
        var rule = ProseHomes.Rules.Single(r => r.Name == name);
        var result = Parse(rule.Example);
        Assert.Equal(rule.ExpectedArticles, result.Page.Articles.Count);
        var outside = result.Issues.Where(i => i.Id == IssueIds.TextOutsideArticles).Select(i => rule.Example.Substring(i.Span.Offset, i.Span.Length));
        Assert.All(outside, text => Assert.True(PageFurniture.IsFurniture(text.Trim()), text));
        Assert.Equal(Compact(rule.Example), Compact(string.Concat(SeedPieces.Of(rule.Example, result).Select(p => p.Text))));
    }

    [Fact]
    public void ProseAfterARuleGoesOnThePieceAndItsNamesAreRead()
    {
        var result = Parse(ProseHomes.Rules[0].Example);
        Assert.Contains(result.Page.People, p => p.Name == "王建国");
    }

    [Fact]
    public void ASignedPieceAboveTheFirstPieceIsAPieceOfItsOwn()
    {
        var page = Parse(ProseHomes.Rules[1].Example).Page;
        Assert.Equal("节日莫忘节俭", page.Articles[0].Headline);
        Assert.Contains(page.Figures, f => f.Text == "五万元" && f.ArticleNumber == 1);
    }

    [Fact]
    public void AQuestionTitleOverTheFirstPieceIsItsHeadline() =>
        Assert.Equal("山上的果子怎么卖？", Parse(ProseHomes.Rules[3].Example).Page.Articles[0].Headline);

    [Theory]
    [InlineData("王建国　李春华　赵明　孙立新　周国强等出席新春团拜会")]
    [InlineData("时间：１月６日，北京时间２１时２８分。")]
    public void ADeckOfNamesAndATimedSentenceAreNotFurniture(string line) => Assert.False(PageFurniture.IsFurniture(line), line);

    private static ParseResult Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "1998-01-06", false));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
