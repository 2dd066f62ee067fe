using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>The layout rules of the genre, each on a small invented page: furniture, credits, bylines, boxes, briefs.</summary>
public sealed class PageLayoutRulesTests
{
    [Theory]
    [InlineData("2003年6月1日光明日报 第5版")]
    [InlineData("《南方日报》（2019年04月02日第 03 版）")]
    [InlineData("第3版(经济)")]
    [InlineData("三版:综合新闻 总第2210期")]
    [InlineData("专栏:")]
    [InlineData("2021年05月06日 星期四")]
    [InlineData("作者:  日期: 2018-03-02  浏览量: 35")]
    [InlineData("【发布日期:2016-01-04】 【来源:本站】")]
    [InlineData("首页 > 要闻 > 正文")]
    [InlineData("放大 缩小 默认")]
    [InlineData("今日南京 今日六合 今日江宁 今日浦口")]
    [InlineData("某某网欢迎您!")]
    [InlineData("}")]
    [InlineData("新闻推荐")]
    [InlineData("本版新闻列表")]
    [InlineData("新媒体矩阵")]
    [InlineData("共有 0 位网友发表了评论")]
    [InlineData("匿名发表 提交")]
    [InlineData("广告")]
    [InlineData("本版责任编辑 王建国")]
    public void SiteAndPageFurnitureIsRecognised(string line) => Assert.True(PageFurniture.IsFurniture(line), line);

    [Theory]
    [InlineData("稳增长 促改革 调结构 惠民生")]
    [InlineData("全面推进乡村振兴 加快建设农业强省")]
    [InlineData("市委常委会召开会议")]
    [InlineData("本报记者 张三")]
    [InlineData("邻国党报发表评论支持联合国机构声明")]
    public void HeadlinesAndBylinesAreNotFurniture(string line) => Assert.False(PageFurniture.IsFurniture(line), line);

    [Theory]
    [InlineData("本报记者  赵  敏  钱丽华《南方日报》（2019年04月02日第 03 版）", new[] { "赵敏", "钱丽华" })]
    [InlineData("■通 讯 员 孙建军", new[] { "孙建军" })]
    [InlineData("(新城日报 记者:周文 吴海燕 摄影:郑光明)", new[] { "周文", "吴海燕", "郑光明" })]
    [InlineData("记者王立新李红梅", new[] { "王立新", "李红梅" })]
    [InlineData("（本报驻杭州记者）", new string[0])]
    [InlineData("以上图片均为陈国华摄（新华社发）", new[] { "陈国华" })]
    public void BylinesAndCreditsYieldTheirNames(string line, string[] names) => Assert.Equal(names, Bylines.Read(line).Names);

    [Fact]
    public void ReportersAfterADatelineAreRead()
    {
        Assert.Equal(new[] { "周文", "吴海燕" }, Bylines.ReadAfterDateline("本报5月3日讯(记者 周文 吴海燕)今天上午，", "本报5月3日讯".Length));
        Assert.Equal(new[] { "郑光明" }, Bylines.ReadAfterDateline("新华社合肥5月3日电 新华社记者郑光明报道：", "新华社合肥5月3日电".Length));
    }

    [Fact]
    public void ColumnOfBriefsIsOneArticlePerBrief()
    {
        var page = Parse("本周要闻\n\n●5月2日，市长张三会见了客人。\n\n●5月3日，市委书记李四调研企业。\n\n●5月4日，副市长王五检查防汛工作。\n");
        Assert.Equal(3, page.Articles.Count);
        Assert.All(page.Articles, a => Assert.DoesNotContain("●", a.Paragraphs[0]));
    }

    [Fact]
    public void SummaryBoxBeforeTheLeadStaysInTheArticle()
    {
        var page = Parse("省政府召开常务会议\n\n■会议研究了防汛工作。\n\n■会议部署了春耕生产。\n\n新华社南京3月2日电 省政府3月2日召开常务会议，研究防汛工作。\n");
        var article = Assert.Single(page.Articles);
        Assert.Equal("新华社南京3月2日电", article.Dateline);
        Assert.Equal("省政府召开常务会议", article.Headline);
    }

    [Fact]
    public void RoundUpUnderOneHeadlineKeepsItsSignedParts()
    {
        var page = Parse("两省部署夏收工作\n\n甲省召开会议，部署夏收工作。会议要求各地抓紧收割。\n\n（张三）\n\n乙省召开会议，部署夏收工作。会议要求各地抓紧晾晒。\n\n（李四）\n");
        var article = Assert.Single(page.Articles);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void CreditAfterTheTextStaysWithItsArticle()
    {
        var page = Parse("第一篇标题\n\n本报讯 今天，市里召开了大会，会议很成功。\n\n（王小明参与采写）\n\n第二篇标题\n\n本报讯 今天，区里也召开了大会，会议也很成功。\n");
        Assert.Equal(new[] { "第一篇标题", "第二篇标题" }, page.Articles.Select(a => a.Headline));
        Assert.Contains(page.People, p => p.Name == "王小明");
    }

    [Fact]
    public void ABodyLineOpeningWithReporterIsStillAParagraph()
    {
        var page = Parse("一季度经济运行平稳\n\n本报讯 今年以来，全市经济运行平稳。\n\n记者从市统计局获悉\n\n一季度全市生产总值增长5%。\n");
        var article = Assert.Single(page.Articles);
        Assert.Contains(article.Paragraphs, p => p.StartsWith("记者从市统计局获悉", StringComparison.Ordinal));
        Assert.Null(article.Byline);
    }

    [Fact]
    public void TableOfContentsNumberIsNotPartOfTheHeadline()
    {
        var page = Parse("1. 全市春耕生产全面展开\n\n本报讯 今年以来，全市春耕生产全面展开，进度快于往年。\n");
        Assert.Equal("全市春耕生产全面展开", Assert.Single(page.Articles).Headline);
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-05-06", false)).Page;
}
