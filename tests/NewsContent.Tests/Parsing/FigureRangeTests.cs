using System.Globalization;
using NewsContent.Generator.Parsing.Figures;

namespace NewsContent.Tests.Parsing;

/// <summary>Ranges read as one figure with an upper value, each shape on its own example and on invented sentences.</summary>
public sealed class FigureRangeTests
{
    public static TheoryData<string> ShapeNames()
    {
        var names = new TheoryData<string>();
        foreach (var shape in FigureRanges.Shapes)
        {
            names.Add(shape.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public void EachShapeReadsItsExampleAsOneRange(string name)
    {
        var shape = Assert.Single(FigureRanges.Shapes, s => s.Name == name);
        var figure = Assert.Single(FigureFinder.Find(shape.Example));
        Assert.NotNull(figure.UpperValue);
        Assert.True(figure.Value < figure.UpperValue);
        var read = false;
        for (var i = 0; i < shape.Example.Length; i++)
        {
            read |= shape.ReadLower(shape.Example, i, out _) && FigureRanges.TryRead(shape.Example, i, out _);
        }

        Assert.True(read, $"{name} does not read its example {shape.Example}");
    }

    [Theory]
    [InlineData("新员工培训3至14天", "3至14天", "3", "14", "天", "3")]
    [InlineData("用三至五年时间完成改造", "三至五年", "3", "5", "年", "3")]
    [InlineData("每村有１０—２０家农户参加", "１０—２０家", "10", "20", "家", "10")]
    [InlineData("每户可获补助３—５万元", "３—５万元", "3", "5", "万元", "30000")]
    [InlineData("亩产从一万到四万斤", "一万到四万斤", "1", "4", "万斤", "10000")]
    [InlineData("亩产一万到三万六千斤", "一万到三万六千斤", "10000", "36000", "斤", "10000")]
    [InlineData("午餐定价在15元至20元之间", "15元至20元", "15", "20", "元", "15")]
    [InlineData("货币供应增长百分之十六至百分之十八", "百分之十六至百分之十八", "16", "18", "%", "16")]
    [InlineData("明天气温３℃～１３℃", "３℃～１３℃", "3", "13", "℃", "3")]
    [InlineData("东部海区有６—７级偏北风", "６—７级", "6", "7", "级", "6")]
    [InlineData("造价降低５０００万元至１亿元", "５０００万元至１亿元", "0.5", "1", "亿元", "50000000")]
    public void ReadsARangeAsOneFigure(string sentence, string text, string value, string upper, string unit, string normalized)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence));
        Assert.Equal(text, figure.Text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(decimal.Parse(upper, CultureInfo.InvariantCulture), figure.UpperValue);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(decimal.Parse(normalized, CultureInfo.InvariantCulture), figure.NormalizedValue);
    }

    [Theory]
    [InlineData("从1998至2000年")]
    [InlineData("主队以3-1获胜")]
    [InlineData("时间是上午８点至")]
    public void ReadsNoRangeWhereAnEndIsNoFigure(string sentence)
    {
        Assert.All(FigureFinder.Find(sentence), f => Assert.Null(f.UpperValue));
    }

    [Fact]
    public void AFallingPairIsTwoFiguresNotARange()
    {
        var figures = FigureFinder.Find("甲队得了5分到3分的成绩");
        Assert.All(figures, f => Assert.Null(f.UpperValue));
    }

    [Fact]
    public void AFigureWithoutRangeHasNoUpperValue()
    {
        var figure = Assert.Single(FigureFinder.Find("全村有120户人家"));
        Assert.Null(figure.UpperValue);
    }
}
