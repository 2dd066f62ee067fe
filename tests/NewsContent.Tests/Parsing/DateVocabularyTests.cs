using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;
using NewsContent.Generator.Parsing.Dates;
using MeetingNameRules = NewsContent.Generator.Parsing.Meetings.MeetingNames;

namespace NewsContent.Tests.Parsing;

/// <summary>Every word and piece of the date vocabulary reaches the rule that reads it: a word added to a list works.</summary>
public sealed class DateVocabularyTests
{
    private static readonly System.DateTime Published = new(2023, 6, 15);

    public static IEnumerable<object[]> Words(string list) => list switch
    {
        nameof(DateVocabulary.RelativeDayWords) => DateVocabulary.RelativeDayWords.Select(w => new object[] { w }),
        nameof(DateVocabulary.DateTimeUnits) => DateVocabulary.DateTimeUnits.Select(w => new object[] { w }),
        nameof(DateVocabulary.RangeMarks) => DateVocabulary.RangeMarks.Select(c => new object[] { c.ToString() }),
        _ => DateVocabulary.TimeWords.Select(w => new object[] { w }),
    };

    [Theory]
    [MemberData(nameof(Words), nameof(DateVocabulary.RelativeDayWords))]
    public void ARelativeDayResolvesAgainstThePublicationDate(string word)
    {
        var shift = DateVocabulary.RelativeDays.Single(d => d.Word == word).Shift;
        Assert.Equal(Published.AddDays(shift).ToString("yyyy-MM-dd"), DateResolver.Resolve("会议" + word + "召开", Published));
        Assert.True(Assert.Single(DateResolver.Find("会议" + word + "召开", null)).NeedsPublicationDate, word);
    }

    [Theory]
    [InlineData("2023年6月14日", "2023-06-14")]
    [InlineData("２０２３年６月１４日", "2023-06-14")]
    [InlineData("二〇二三年六月十四日", "2023-06-14")]
    [InlineData("二○二三年六月十四日", "2023-06-14")]
    [InlineData("二零二三年六月三十日", "2023-06-30")]
    [InlineData("6月14日", "2023-06-14")]
    [InlineData("6月14号", "2023-06-14")]
    [InlineData("2022年12月3号", "2022-12-03")]
    [InlineData("14日", "2023-06-14")]
    public void EveryNumeralAndUnitOfADateResolves(string printed, string iso) => Assert.Equal(iso, DateResolver.Resolve(printed, Published));

    [Theory]
    [InlineData("3号楼")]
    [InlineData("第6号主席令")]
    public void TheSpokenDayNeedsAMonth(string text) => Assert.Empty(DateResolver.Find(text, Published));

    [Theory]
    [MemberData(nameof(Words), nameof(DateVocabulary.TimeWords))]
    public void ATimeWordIsCutFromAMeetingsSubject(string word)
    {
        Assert.Equal("市政府常务会议", MeetingNameRules.SubjectBefore(word + "市政府常务会议"));
        Assert.Equal("市政府常务会议", MeetingNameRules.SubjectBefore("市政府常务会议" + word));
    }

    [Theory]
    [MemberData(nameof(Words), nameof(DateVocabulary.DateTimeUnits))]
    public void ADateOrTimeUnitIsCutFromAMeetingsSubject(string unit) =>
        Assert.Equal("市政府常务会议", MeetingNameRules.SubjectBefore("十二" + unit + "市政府常务会议"));

    [Theory]
    [MemberData(nameof(Words), nameof(DateVocabulary.RangeMarks))]
    public void ARangeMarkDatesAMeetingByItsFirstDay(string mark)
    {
        var page = SeedParser.Parse(new SeedInput("page.txt", "page.txt", "标题\n\n本报讯 6月12日" + mark + "14日，市政府常务会议召开。\n", "2023-06-15", false)).Page;
        Assert.Equal("2023-06-12", Assert.Single(page.Meetings).Date);
    }

    [Theory]
    [InlineData("本报北京6月14日电 会议召开。", "6月14日")]
    [InlineData("本报北京六月十四日电 会议召开。", "六月十四日")]
    [InlineData("本报讯 14日，会议召开。", "14日")]
    public void ADatelinePrintsAMonthAndDay(string line, string date)
    {
        Assert.True(LineShapes.TryDateline(line, out _, out var found));
        Assert.Equal(date, found);
    }
}
