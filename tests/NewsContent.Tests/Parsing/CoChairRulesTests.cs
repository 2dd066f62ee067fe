using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;

namespace NewsContent.Tests.Parsing;

/// <summary>How a meeting's chairs are read, one invented sentence per shape: one chair, or co-chairs in a list.</summary>
public sealed class CoChairRulesTests
{
    [Theory]
    [InlineData("本报讯 6月3日，南湖西湖两市联席会议在南湖召开。南湖市委书记王建国、西湖市委书记李春华共同主持会议。", "王建国、李春华")]
    [InlineData("本报讯 6月3日，市政府常务会议召开。王建国和李春华主持会议。", "王建国、李春华")]
    [InlineData("本报讯 6月3日，市政府常务会议召开。会议由市长王建国与副市长李春华共同主持。", "王建国、李春华")]
    [InlineData("本报讯 6月3日，市长王建国、副市长李春华出席市政府常务会议。王建国和李春华两人共同主持会议。", "王建国、李春华")]
    [InlineData("本报讯 6月3日，市人代会全体会议闭幕。大会执行主席王建国、李春华、赵立新先后主持会议。", "王建国、李春华、赵立新")]
    [InlineData("本报讯 6月3日，市人代会全体会议举行。担任今天会议执行主席的是：王建国、李春华、赵立新。", "王建国、李春华、赵立新")]
    [InlineData("本报讯 6月3日，市政府常务会议召开。会议主持人：王建国。", "王建国")]
    [InlineData("本报讯 6月3日，王建国、李春华共同主持召开市政府常务会议。", "王建国、李春华")]
    public void CoChairsAreReadInTextOrder(string lead, string chairs)
    {
        var meeting = Assert.Single(Parse("标题\n\n" + lead + "\n").Meetings);
        Assert.Equal(chairs, string.Join("、", meeting.Chairs));
        Assert.Equal(meeting.Chairs[0], meeting.Chair);
    }

    [Theory]
    [InlineData("本报讯 6月3日，市委副书记、市长王建国主持召开市政府常务会议。", "王建国")]
    [InlineData("本报讯 6月3日，市政府常务会议召开。市长王建国主持会议，副市长李春华出席。", "王建国")]
    public void TitlesJoinedBeforeOneChairDoNotMakeCoChairs(string lead, string chair)
    {
        var meeting = Assert.Single(Parse("标题\n\n" + lead + "\n").Meetings);
        Assert.Equal(new[] { chair }, meeting.Chairs.ToArray());
    }

    [Fact]
    public void CoChairsRunTogetherInAHeadlineAreReadWhenThePageNamesThem()
    {
        var meeting = Assert.Single(Parse("王建国李春华共同主持\n\n本报讯 6月3日，两市联席会议召开。南湖市委书记王建国、西湖市委书记李春华共同主持会议。\n").Meetings);
        Assert.Equal(new[] { "王建国", "李春华" }, meeting.Chairs.ToArray());
    }

    [Fact]
    public void CoChairsAreNotAlsoAttendees()
    {
        var meeting = Assert.Single(Parse("标题\n\n本报讯 6月3日，市政府常务会议召开。王建国、李春华共同主持会议。副市长赵立新出席会议。\n").Meetings);
        Assert.DoesNotContain("王建国", meeting.Attendees);
        Assert.Contains("赵立新", meeting.Attendees);
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-06-04", false)).Page;
}
