using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>How a continued part's headline is matched to the headline of the article it continues (our own headlines).</summary>
public sealed class ContinuationHeadlinesTests
{
    [Fact]
    public void TheRuleExample_Applies() => Assert.True(ContinuationHeadlines.ShortenedHeadline.Applies);

    [Theory]
    [InlineData("市政府召开第十五次常务会议 研究部署春季农业生产", "市政府常务会议")]
    [InlineData("市政府召开第十五次常务会议 研究部署春季农业生产", "研究部署春季农业生产")]
    [InlineData("我市全面启动城乡环境整治行动", "我市全面启动城乡环境整治行动")]
    [InlineData("我市全面启动城乡环境整治行动", "城乡环境整治")]
    public void AShortenedOrRepeatedHeadline_IsAlike(string headline, string continued) =>
        Assert.True(ContinuationHeadlines.Likeness(headline, continued) >= ContinuationHeadlines.MinLikeness);

    [Theory]
    [InlineData("我市全面启动城乡环境整治行动", "市政府常务会议")]
    [InlineData("市政府召开第十五次常务会议 研究部署春季农业生产", "城乡环境整治")]
    [InlineData("江城新区十大项目集中开工", "")]
    public void AnotherArticlesHeadline_IsNotAlike(string headline, string continued) =>
        Assert.True(ContinuationHeadlines.Likeness(headline, continued) < ContinuationHeadlines.MinLikeness);

    [Fact]
    public void Likeness_SkipsPunctuationAndSpaces() =>
        Assert.Equal(1.0, ContinuationHeadlines.Likeness("“春风行动”送岗位到村", "春风行动 送岗位到村"));
}
