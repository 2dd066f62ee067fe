using NewsContent.Generator.Parsing.Figures;

namespace NewsContent.Tests.Parsing;

/// <summary>What is and is not a figure, by the conventions of the gold (each on an invented sentence).</summary>
public sealed class FigureRulesTests
{
    [Theory]
    [InlineData("中共某县委十四届四次会议召开")]
    [InlineData("县委五届九次全会闭幕")]
    [InlineData("进口保持两位数增长")]
    [InlineData("零部件供应充足")]
    [InlineData("每亩增收七八千元")]
    [InlineData("来了两三个人")]
    [InlineData("数十名学员参加培训")]
    [InlineData("从1998至2000年")]
    [InlineData("数万名职工参加义务劳动")]
    [InlineData("几亿农民的生活")]
    [InlineData("他的做法一成不变")]
    [InlineData("推行农牧结合三位一体的模式")]
    [InlineData("大家举一反三对照检查")]
    [InlineData("书店里有成千上万本图书")]
    [InlineData("群众高呼人民万岁")]
    [InlineData("三伏天也坚持施工")]
    [InlineData("商场承诺三包服务")]
    [InlineData("这个剧团一成立就下乡演出")]
    [InlineData("援助物资从四方运来")]
    [InlineData("要从两方面入手")]
    [InlineData("村里拿出三方案供群众挑选")]
    [InlineData("想尽千方百计")]
    [InlineData("一、二把手要带头")]
    [InlineData("热线电话83456789具体介绍办法")]
    public void NotFigures(string sentence) => Assert.Empty(FigureFinder.Find(sentence));

    [Theory]
    [InlineData("产量增加一倍多", "一倍", "倍")]
    [InlineData("增产一成多", "一成", "成")]
    [InlineData("种了三十多万亩", "三十多万亩", "万亩")]
    [InlineData("厚度达十公尺", "十公尺", "公尺")]
    [InlineData("超过原定计划数百分之二十七点四", "百分之二十七点四", "%")]
    [InlineData("总产量一二一亿斤", "一二一亿斤", "亿斤")]
    public void Figures(string sentence, string text, string unit)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence));
        Assert.StartsWith(text, figure.Text, StringComparison.Ordinal);
        Assert.Equal(unit, figure.Unit);
    }
}
