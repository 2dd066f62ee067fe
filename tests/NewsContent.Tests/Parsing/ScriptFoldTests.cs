using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Tests.Parsing;

/// <summary>Pages in traditional characters meet the same lexicons and come back as printed.</summary>
public sealed class ScriptFoldTests
{
    [Fact]
    public void ATraditionalPageIsReadAsItsSimplifiedOriginalAndReturnedAsPrinted()
    {
        const string page = "常委會會議表決多部法律\n\n新華社北京6月28日電 十四屆全國人大常委會第三次會議28日下午在人民大會堂舉行，表決通過多部法律。委員長趙樂際主持會議。副委員長李鴻忠、王東明、蕭捷出席會議。\n";
        var model = SeedParser.Parse(new SeedInput("t.txt", "t.txt", page, "2023-06-29", false)).Page;

        var meeting = Assert.Single(model.Meetings);
        Assert.Equal("十四屆全國人大常委會第三次會議", meeting.Name);
        Assert.Equal("趙樂際", meeting.Chair);
        Assert.Equal(new[] { "趙樂際" }, meeting.Chairs);
        Assert.Equal("2023-06-28", meeting.Date);
        Assert.Equal(new[] { "趙樂際", "李鴻忠", "王東明", "蕭捷" }, model.People.Select(p => p.Name));
        Assert.Equal("新華社北京6月28日電", model.Articles[0].Dateline);
        Assert.Equal(page.Replace("\n", string.Empty), string.Concat(model.Articles.SelectMany(a => a.Pieces).Select(p => p.Text)));
    }

    [Fact]
    public void EveryTextFieldComesBackAsPrintedCoChairsIncluded()
    {
        const string page = "兩市聯席會議舉行\n\n本報訊 6月3日，兩市黨政聯席會議在南湖舉行。南湖市委書記王建國、西湖市委書記劉春華共同主持會議。\n";
        var model = SeedParser.Parse(new SeedInput("t.txt", "t.txt", page, "2023-06-04", false)).Page;

        var meeting = Assert.Single(model.Meetings);
        Assert.Equal(new[] { "王建國", "劉春華" }, meeting.Chairs);
        Assert.Equal("兩市黨政聯席會議", meeting.Name);
    }

    [Fact]
    public void ASimplifiedPageIsLeftAsItIs()
    {
        const string text = "市委常委会召开会议，市委书记张三主持。乾隆年间的著作";
        var (folded, printed) = ScriptFold.Fold(text);
        Assert.Same(text, folded);
        Assert.Empty(printed);
    }
}
