using System.Text.Json;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;

namespace NewsContent.Tests.Scoring;

/// <summary>The ratchet itself can fail: a new difference, a fixed one, a repeat, and a wrong attribute are all seen.</summary>
public sealed class RatchetTests
{
    private static readonly Difference Missed = new("p1", DifferenceKinds.PersonMissed, "某某");
    private static readonly Difference Extra = new("p1", DifferenceKinds.FigureExtra, "3个 at \"x\"");

    [Fact]
    public void ADifferenceNotListedIsNew()
    {
        var (added, fixedOnes) = KnownDifferences.Compare(new[] { Missed, Extra }, new[] { Missed });
        Assert.Equal(new[] { Extra }, added);
        Assert.Empty(fixedOnes);
    }

    [Fact]
    public void AListedDifferenceThatNoLongerOccursIsFixed()
    {
        var (added, fixedOnes) = KnownDifferences.Compare(new[] { Missed }, new[] { Missed, Extra });
        Assert.Empty(added);
        Assert.Equal(new[] { Extra }, fixedOnes);
    }

    [Fact]
    public void RepeatsAreCounted()
    {
        Assert.Equal(new[] { Extra }, KnownDifferences.Compare(new[] { Extra, Extra }, new[] { Extra }).New);
        Assert.Equal(new[] { Extra }, KnownDifferences.Compare(new[] { Extra }, new[] { Extra, Extra }).Fixed);
    }

    [Fact]
    public void TheFileRoundTrips()
    {
        var text = KnownDifferences.Format(new[] { Extra, Missed, Extra });
        Assert.Equal(new[] { Extra, Extra, Missed }.OrderBy(d => d.ToLine(), StringComparer.Ordinal), KnownDifferences.Parse(text.Split('\n')));
    }

    [Fact]
    public void AWrongAttributeOfAMatchedItemIsADifference()
    {
        const string page = "市长张三主持召开会议\n\n本报讯 3月2日,市长张三主持召开市政府常务会议,副市长李四出席会议。会议审议通过《关于加强安全生产的意见》。全市新增企业120家。\n";
        const string gold = """
            {
              "published_on": "2021-03-03",
              "articles": [{ "headline": "市长张三主持召开会议", "dateline": "本报讯 3月1日", "byline": "王五", "continued_on_page": 4,
                             "first_sentence": "本报讯 3月2日,市长张三主持召开市政府常务会议,副市长李四出席会议。" }],
              "meetings": [{ "name": "市政府常务会议", "date": "2021-03-01", "chair": ["张三", "赵六"], "attendees": ["李四", "钱七"],
                             "documents": ["《关于加强安全生产的意见》", "《另一份文件》"] }],
              "people": [{ "name": "张三", "titles": ["市长", "书记"] }, { "name": "李四", "titles": ["副市长"] }],
              "figures": [{ "text": "120家", "value": 12, "unit": "个", "counts_noun": "学校", "article": 1, "context": "新增企业120家" }]
            }
            """;
        var model = SeedParser.Parse(new SeedInput("p.txt", "p.txt", page, "2021-03-03", false)).Page;
        using var json = JsonDocument.Parse(gold);
        var kinds = GoldScorer.Score("p", json.RootElement, model, page).Differences.Select(d => d.Kind).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            DifferenceKinds.ArticleDateline, DifferenceKinds.ArticleByline, DifferenceKinds.ArticleContinuedOn,
            DifferenceKinds.MeetingChair, DifferenceKinds.MeetingDate, DifferenceKinds.MeetingAttendeeMissed, DifferenceKinds.MeetingDocumentMissed,
            DifferenceKinds.PersonTitleMissed, DifferenceKinds.FigureValue, DifferenceKinds.FigureUnit, DifferenceKinds.FigureCounts,
        }, kinds);
        Assert.DoesNotContain(DifferenceKinds.ArticleMissed, kinds);
        Assert.DoesNotContain(DifferenceKinds.MeetingMissed, kinds);
        Assert.DoesNotContain(DifferenceKinds.FigureMissed, kinds);
    }
}
