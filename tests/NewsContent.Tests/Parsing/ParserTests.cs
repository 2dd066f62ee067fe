using System.Text;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;
using NewsContent.Generator.Parsing.Dates;
using NewsContent.Generator.Parsing.Figures;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Tests.Parsing;

public sealed class ParserTests
{
    public static IEnumerable<object[]> Pages() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt")
            .Append(Path.Combine(AppContext.BaseDirectory, "seeds", "000_267acecd1d091097.txt"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Pages))]
    public void NothingIsLost_TheSeedRebuildsFromTheModelAndTheReportedText(string file)
    {
        var path = Directory.GetFiles(AppContext.BaseDirectory, file, SearchOption.AllDirectories).First();
        var text = File.ReadAllText(path);
        var result = SeedParser.Parse(new SeedInput(path, file, text, "2020-02-18", false));

        var pieces = SeedPieces.Of(text, result);
        for (var i = 1; i < pieces.Count; i++)
        {
            Assert.True(pieces[i - 1].Offset + pieces[i - 1].Text.Length <= pieces[i].Offset, $"pieces overlap at {pieces[i].Offset}");
        }

        Assert.Equal(Visible(text), Visible(string.Concat(pieces.Select(p => p.Text))));
    }

    [Fact]
    public void ParagraphsAndHeadlinesComeFromTheSeedText()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "000_267acecd1d091097.txt");
        var text = File.ReadAllText(path);
        var visible = Visible(text);
        var page = SeedParser.Parse(new SeedInput(path, "seed.txt", text, "2020-02-18", false)).Page;
        foreach (var article in page.Articles)
        {
            foreach (var paragraph in article.Paragraphs)
            {
                Assert.Contains(Visible(paragraph), visible);
            }
        }

        // A paragraph broken mid-sentence across a blank line is one paragraph again.
        Assert.Contains(page.Articles[0].Paragraphs, p => p.Contains("主持会议并讲话。", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("4928", 4928)]
    [InlineData("79.3", 79.3)]
    [InlineData("３５", 35)]
    [InlineData("二〇二〇", 2020)]
    [InlineData("二○二○", 2020)]
    [InlineData("七十九点三", 79.3)]
    [InlineData("三六·〇三", 36.03)]
    [InlineData("十二", 12)]
    [InlineData("一百零五", 105)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("两千", 2000)]
    public void ChineseAndFullWidthNumeralsParse(string text, double expected) =>
        Assert.True(ChineseNumber.TryParse(text, out var value) && value == (decimal)expected, $"{text} -> {value}");

    [Theory]
    [InlineData("已有4928家,", "4928家", "4928", "家")]
    [InlineData("累计复工比例79.3%,", "79.3%", "79.3", "%")]
    [InlineData("占百分之七十九点三。", "百分之七十九点三", "79.3", "%")]
    [InlineData("增加1.2万元。", "1.2万元", "1.2", "万元")]
    [InlineData("共３５个项目", "３５个", "35", "个")]
    [InlineData("提高0.5个百分点", "0.5个百分点", "0.5", "个百分点")]
    [InlineData("产量六、八○一、五三八吨", "六、八○一、五三八吨", "6801538", "吨")]
    [InlineData("发电120亿千瓦时", "120亿千瓦时", "120", "亿千瓦时")]
    public void FiguresAreFoundWithTypedValues(string sentence, string text, string value, string unit)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence));
        Assert.Equal(text, figure.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(unit, figure.Unit);
    }

    [Theory]
    [InlineData("第167次会议")]
    [InlineData("2019年的报告")]
    [InlineData("这是一场战争")]
    [InlineData("2月17日召开")]
    [InlineData("下转第4版")]
    public void DatesOrdinalsAndIndefiniteOnesAreNotFigures(string sentence) => Assert.Empty(FigureFinder.Find(sentence));

    [Theory]
    [InlineData("2月17日", "2020-02-17")]
    [InlineData("17日", "2020-02-17")]
    [InlineData("昨日下午", "2020-02-17")]
    [InlineData("昨天", "2020-02-17")]
    [InlineData("2019年12月31日", "2019-12-31")]
    [InlineData("28日", "2020-01-28")]
    public void DatesResolveAgainstThePublicationDate(string text, string expected) =>
        Assert.Equal(expected, DateResolver.Find(text, new DateTime(2020, 2, 18)).First().Resolved);

    [Fact]
    public void WithoutPublicationDateRelativeDatesStayPartial()
    {
        Assert.Equal("--02-17", DateResolver.Find("2月17日", null).First().Resolved);
        Assert.Null(DateResolver.Find("昨日", null).First().Resolved);
    }

    [Theory]
    [InlineData("本报讯 2月17日,会议召开。", "本报讯 2月17日")]
    [InlineData("【本报讯】本市昨日", "【本报讯】")]
    [InlineData("新华社北京9月3日电 记者", "新华社北京9月3日电")]
    [InlineData("本报北京2月24日电 （记者 张三）", "本报北京2月24日电")]
    public void DatelinesAreRecognised(string line, string dateline)
    {
        Assert.True(LineShapes.TryDateline(line, out var found, out _));
        Assert.Equal(dateline, found);
    }

    [Theory]
    [InlineData("下转第4版>>>", 4)]
    [InlineData("既是一次大战,下转第4版>>>", 4)]
    [InlineData("（下转第二版）", 2)]
    public void ContinuationMarksAreRecognised(string line, int page)
    {
        Assert.True(LineShapes.TryContinuedOn(line, out _, out var found));
        Assert.Equal(page, found?.Number);
    }

    [Fact]
    public void AHeadlineWithLinesOutOfOrderIsPutBack()
    {
        var page = "研究部署深入贯彻中央八项规定精神,要求进一步加强作风建设。";
        Assert.Equal("市委常委会研究部署深入贯彻中央八项规定精神进一步加强作风建设", HeadlineOrder.Arrange("八项规定精神进一步 加强作风建设 市委常委会研究部署深入贯彻中央", page));
        Assert.Equal("积极参与 全力打好", HeadlineOrder.Arrange("积极参与 全力打好", page));
    }

    [Fact]
    public void EmptyAndWhitespaceSeedsAreReportedNotThrown()
    {
        foreach (var text in new[] { string.Empty, "  \n\u3000\n\t" })
        {
            var result = SeedParser.Parse(new SeedInput("x.txt", "x.txt", text, null, false));
            Assert.Contains(result.Issues, i => i.Id == IssueIds.EmptySeed);
            Assert.Empty(result.Page.Articles);
        }
    }

    private static string Visible(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (!SeedText.IsSpace(c) && !SeedText.IsLineBreak(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
