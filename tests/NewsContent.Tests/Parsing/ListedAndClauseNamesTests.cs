using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.People;

namespace NewsContent.Tests.Parsing;

/// <summary>Names a list, a clause, a signature or a title read by a longer title reveals; our own sentences.</summary>
public sealed class ListedAndClauseNamesTests
{
    [Theory]
    [InlineData("球队的主教练陈宝林说，大家尽力了。", "陈宝林")]
    [InlineData("县委书记洪立新出席。", "洪立新")]
    [InlineData("市长周立新和刘春明出席。", "刘春明")]
    [InlineData("会上，张春华也指出，形势很好。", "张春华")]
    [InlineData("“日子好了。”韩建国认为。", "韩建国")]
    [InlineData("会后，周立新来到车间。", "周立新")]
    [InlineData("新华社北京3月1日电（王立新、陈海）田野里一片忙碌。", "陈海")]
    [InlineData("开馆那天，赵志刚先生也来了。", "赵志刚")]
    [InlineData("另一名中国选手孙丽华大失水准。", "孙丽华")]
    [InlineData("中国选手孙丽华今年名列第四。", "孙丽华")]
    [InlineData("宣传司司长何春梅等嘉宾出席。", "何春梅")]
    public void NamesWithAStructuralCueAreRead(string sentence, string name) =>
        Assert.Contains(Parse(sentence).People, p => p.Name == name);

    [Theory]
    [InlineData("获奖的周立新、孟春来也受到表彰。", "孟春来")]
    [InlineData("前三名是周立新（中国）、孟春来（中国）、罗兰多（巴西）。", "孟春来")]
    [InlineData("前三名是孟春来（中国）、周立新（中国）。", "孟春来")]
    public void ANameListedBesideAKnownNameIsRead(string sentence, string name)
    {
        var page = Parse2("标题\n\n市长周立新出席。\n\n" + sentence + "\n");
        Assert.Contains(page.People, p => p.Name == name);
    }

    [Theory]
    [InlineData("建国70周年和周立新的讲话。", "周年")]
    [InlineData("许多人认为，形势很好。", "许多人")]
    [InlineData("王立新却认为不妥。", "王立新却")]
    [InlineData("他高兴地说，好。", "高兴地")]
    [InlineData("会后，由我国专家讲话。", "由我国")]
    [InlineData("这时，宿舍里就热闹了。", "宿舍里")]
    [InlineData("上午，李教授来到车间。", "李教授")]
    [InlineData("参赛棋手由原来的三十人扩大到六十人。", "由原来")]
    [InlineData("中国选手孙丽华今年名列第四。", "孙丽华今")]
    [InlineData("这是一次成功的会议。（江苏）", "江苏")]
    public void WordsThatLookLikeNamesAreNotRead(string sentence, string notAName) =>
        Assert.DoesNotContain(Parse(sentence).People, p => p.Name == notAName);

    [Fact]
    public void ATitleAndANameOnASignatureLineGiveTheName() =>
        Assert.Equal("王敏杰", TitledNames.NameAfterTitle("某某交易所总经理王敏杰"));

    [Fact]
    public void ATitleAndANameOnABylineLineAreTheByline() =>
        Assert.Contains(Parse2("开拓进取\n深圳证券交易所总经理王敏杰\n经过几年的探索，市场已发展起来。\n").People, p => p.Name == "王敏杰");

    private static PageModel Parse(string sentence) => Parse2("标题\n\n" + sentence + "\n");

    private static PageModel Parse2(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-05-06", false)).Page;
}
