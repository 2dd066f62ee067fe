using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;

namespace NewsContent.Tests.Parsing;

/// <summary>How people and meetings are recognised, each rule on an invented sentence.</summary>
public sealed class PeopleAndMeetingRulesTests
{
    [Theory]
    [InlineData("“日子越过越好。”周晓燕说。", "周晓燕")]
    [InlineData("车间里，42岁的韩建国正在调试设备。", "韩建国")]
    [InlineData("欢迎的人群向该部赵志刚司令员献花。", "赵志刚")]
    [InlineData("发言的有郭明远、李清泉、孟大川、陈永福等人。", "郭明远")]
    [InlineData("副主席刘一鸣、阿不都·热合曼、董文华出席。", "阿不都·热合曼")]
    [InlineData("副主委刘德明、张良才与傅国栋出席。", "傅国栋")]
    public void PeopleAreFoundByTheShapesOfTheGenre(string sentence, string name) =>
        Assert.Contains(Parse("标题\n\n" + sentence + "\n").People, p => p.Name == name);

    [Theory]
    [InlineData("全国人大代表、村支书王小二介绍了经验。", "国人大")]
    [InlineData("代表团由大连市长海县出发。", "由大连")]
    [InlineData("全市党政代表团来访。", "党政")]
    [InlineData("会议强调，要抓好落实。", "强调")]
    [InlineData("江苏、浙江、安徽三省签约。", "江苏")]
    public void InstitutionsPlacesAndWordsAreNotPeople(string sentence, string notAName) =>
        Assert.DoesNotContain(Parse("标题\n\n" + sentence + "\n").People, p => p.Name == notAName);

    [Theory]
    [InlineData("中共某某县委在三月上旬举行的扩大会议认为，要抓好春耕。", "中共某某县委扩大会议")]
    [InlineData("省政协十二届常委会第九次会议3月1日上午在省城开幕。", "省政协十二届常委会第九次会议")]
    [InlineData("市十届人大三次会议主席团常务主席会议在市政府召开。", "市十届人大三次会议主席团常务主席会议")]
    [InlineData("县委十四届五次全会于昨天闭幕了。", "县委十四届五次全会")]
    [InlineData("副市长出席了全市安全生产工作座谈会。", "全市安全生产工作座谈会")]
    [InlineData("还举办了作家讲座和“乡土写作”研讨会。", "“乡土写作”研讨会")]
    public void MeetingsReportedAsHeldAreFound(string sentence, string meeting) =>
        Assert.Contains(Parse("标题\n\n" + sentence + "\n").Meetings, m => m.Name == meeting || m.Aliases.Contains(meeting));

    [Theory]
    [InlineData("会议决定，县十八届人大二次会议3月5日在县城举行。")]
    [InlineData("会议决定5月8日召开中共某某县委十四届六次全会。")]
    [InlineData("这项会报每年举行一次。")]
    public void PlannedAndReferredMeetingsAreNotHeld(string sentence) =>
        Assert.Empty(Parse("标题\n\n" + sentence + "\n").Meetings);

    [Fact]
    public void MeetingDateIsTheDayItOpened_TodayMeansTheDatelineDay()
    {
        var page = Parse("标题\n\n本报3月7日讯 今天上午，县委常委会召开扩大会议，研究春耕。\n");
        Assert.Equal("2021-03-07", Assert.Single(page.Meetings).Date);
        page = Parse("标题\n\n新华社北京4月16日电 4月14日至16日，省长张三主持召开座谈会。\n");
        Assert.Equal("2021-04-14", Assert.Single(page.Meetings).Date);
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-05-06", false)).Page;
}
