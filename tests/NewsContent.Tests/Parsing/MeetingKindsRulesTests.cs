using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;

namespace NewsContent.Tests.Parsing;

/// <summary>
/// The kinds of meeting real pages report (forums, press conferences, ceremonies, a session's preparatory meeting, a
/// joint sitting with an event, a printed speech) and the shapes that only refer to one; each rule on invented sentences.
/// </summary>
public sealed class MeetingKindsRulesTests
{
    [Theory]
    [InlineData("县委十四届五次全会昨天落下帷幕。", "县委十四届五次全会")]
    [InlineData("全省防汛工作电视电话会议、全市防汛工作视频会议接连召开。", "全市防汛工作视频会议")]
    [InlineData("12月3日，县政协十届二次会议先期召开预备会议，为大会正式开幕作准备。", "县政协十届二次会议预备会议")]
    [InlineData("6月3日，全市安全生产工作会议以视频形式召开。", "全市安全生产工作会议")]
    [InlineData("日前，南湖“项目建设年”推进会暨全市第一次“三个一批”（签约一批、开工一批）活动在南湖召开。", "南湖“项目建设年”推进会暨全市第一次“三个一批”（签约一批、开工一批）活动")]
    [InlineData("市长王建国在全市经济工作会议上讲话。", "全市经济工作会议")]
    [InlineData("南湖市政府新闻办公室昨天举行新闻发布会。", "新闻发布会")]
    [InlineData("第三届南湖数字经济论坛昨天在南湖开幕。", "第三届南湖数字经济论坛")]
    [InlineData("两市合作项目签约仪式昨天在南湖举行。", "两市合作项目签约仪式")]
    [InlineData("市长王建国出席第十五届中国南湖茶文化节开幕式。", "第十五届中国南湖茶文化节开幕式")]
    [InlineData("副市长李春华出席了联合国大会一般性辩论并发言。", "联合国大会一般性辩论")]
    [InlineData("7月3日，南湖区、西湖区人大常委会主任会议联席会议在西湖区召开。", "南湖区、西湖区人大常委会主任会议联席会议")]
    public void MeetingsOfTheseKindsAreFoundHeld(string sentence, string meeting) =>
        Assert.Contains(Parse("标题\n\n" + sentence + "\n").Meetings, m => m.Name == meeting || m.Aliases.Contains(meeting));

    [Theory]
    [InlineData("前不久召开的市委八届九次全会，为今后五年定下了方向。")]
    [InlineData("会议审议通过了关于召开县政协十届三次会议的决定。")]
    [InlineData("我们要认真学习王建国在全省经济工作会议上的重要讲话。")]
    [InlineData("大家认真学习王建国在全省经济工作会议上讲话的精神。")]
    [InlineData("副县长李春华出席开幕仪式。")]
    [InlineData("各部门通过召开党组会议、中心组学习会等形式传达学习。")]
    [InlineData("会议强调，为大会顺利开幕作好准备。")]
    [InlineData("27日晚，侨界社团联合举行招待会，大家登台献唱。")]
    public void RecalledTitledAndPurposeMeetingsAreNotHeld(string sentence) =>
        Assert.Empty(Parse("标题\n\n" + sentence + "\n").Meetings);

    [Fact]
    public void APrintedSpeechsDeckReportsTheMeetingWithItsSpeakerAndNoDispatchDate()
    {
        var page = Parse("把爱心接下去\n——青年志愿者代表李春华在全市志愿服务表彰会上的发言\n\n各位领导、同志们：今天我很高兴。（新华社南湖1月13日电）\n");
        var meeting = Assert.Single(page.Meetings);
        Assert.Equal("全市志愿服务表彰会", meeting.Name);
        Assert.Contains("李春华", meeting.Attendees);
        Assert.Null(meeting.Date);
    }

    [Fact]
    public void ASessionNumberedInEitherNumeralSystemIsOneMeetingAcrossArticles()
    {
        var page = Parse("王建国出席第七十九届南湖论坛\n\n本报南湖9月28日电 28日，市长王建国出席第七十九届南湖论坛并致辞。\n\n论坛聚焦合作\n\n本报南湖9月28日电 为期3天的第79届南湖论坛28日在南湖举行。\n");
        Assert.Single(page.Meetings);
    }

    [Fact]
    public void PeopleSeatedOrListedAfterTheirVerbAttend()
    {
        var page = Parse("标题\n\n本报讯 6月3日，市人代会全体会议在南湖举行。市领导王建国、李春华在主席台就座。在主席台就座的还有市领导赵立新、周晓燕。相继发言的，有代表郭明远、孟大川。\n");
        var meeting = Assert.Single(page.Meetings);
        Assert.Equal(new[] { "王建国", "李春华", "赵立新", "周晓燕", "郭明远", "孟大川" }, meeting.Attendees.ToArray());
    }

    [Fact]
    public void ReportersInTheCreditAndPeopleAtAnotherEventDoNotAttend()
    {
        var page = Parse("标题\n\n新华社南湖6月3日电（记者 韩立新 许文华）市长王建国出席全市防汛工作座谈会。副市长李春华当天出席了相关活动。\n");
        var meeting = Assert.Single(page.Meetings);
        Assert.Equal(new[] { "王建国" }, meeting.Attendees.ToArray());
        page = Parse("标题\n\n本报南湖3月7日讯记者韩立新报道:今天上午，市长王建国出席全市防汛工作座谈会。\n");
        Assert.Equal(new[] { "王建国" }, Assert.Single(page.Meetings).Attendees.ToArray());
    }

    [Fact]
    public void MeetingsReportedInOneListShareTheirAttendees()
    {
        var page = Parse("标题\n\n本报讯 6月3日，全省防汛工作电视电话会议、全市防汛工作视频会议接连召开。市长王建国出席南湖分会场会议。\n");
        Assert.Equal(2, page.Meetings.Count);
        Assert.All(page.Meetings, m => Assert.Contains("王建国", m.Attendees));
    }

    [Fact]
    public void AShortNameCountingItsOwnersIsTheFullNameListingThem()
    {
        var page = Parse("两区人大常委会主任会议联席会议召开\n\n本报讯 7月3日，南湖区、西湖区人大常委会主任会议联席会议在西湖区召开。区人大常委会主任王建国、李春华共同主持会议。\n");
        var meeting = Assert.Single(page.Meetings);
        Assert.Contains("两区人大常委会主任会议联席会议", meeting.Aliases);
    }

    [Fact]
    public void PeopleWhoReportOrAnswerQuestionsAttend()
    {
        var page = Parse("标题\n\n本报讯 1月9日，县十八届人大三次会议在县城开幕。县长王建国作政府工作报告。\n");
        Assert.Contains("王建国", Assert.Single(page.Meetings).Attendees);
        page = Parse("标题\n\n本报讯 3月12日，市政府新闻办举行新闻发布会。市发展改革委主任李春华回答记者提问。\n");
        Assert.Contains("李春华", Assert.Single(page.Meetings).Attendees);
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-05-06", false)).Page;
}
