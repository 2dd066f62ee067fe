namespace NewsContent.Tests.Generator;

/// <summary>
/// The records are written as rows of numbers into the seed's UTF-8 text and built when a list is first read: the
/// compiled generated code gives back every field as the page says it (ids, nulls, lists, decimals, a range's upper
/// end, dates, locations).
/// </summary>
public sealed class RecordRowsTests
{
    private const string Seed = """
        王建国主持召开市政府常务会议

        本报讯 3月5日，市政府第12次常务会议召开。市长王建国主持会议，副市长李春华出席。会议审议通过《城郊农场改革方案》。全市已完成春播面积1200亩，预计工期3至14天。
        """;

    [Fact]
    public void EveryFieldComesBackFromTheRows()
    {
        var harness = new GeneratorHarness().WithNamespace("Rows");
        harness.AddSeed("/virtual/seeds/rows.txt", Seed, "2024-03-06", "seeds/rows.txt");
        var catalog = IssueHarness.Load(harness.Run(), "Rows");

        var article = Assert.Single(List(catalog, "Articles"));
        Assert.Equal("seeds/rows#A1", Get(article, "Id"));
        Assert.Equal("王建国主持召开市政府常务会议", Get(article, "Headline"));
        Assert.Null(Get(article, "ContinuedOnPage"));
        Assert.Equal("news", Get(article, "Kind"));
        Assert.StartsWith("本报讯", Assert.Single((IEnumerable<string>)Get(article, "Paragraphs")!), StringComparison.Ordinal);
        Assert.Equal("seeds/rows.txt:1:1", Get(article, "Source")!.ToString());

        var meeting = Assert.Single(List(catalog, "Meetings"));
        Assert.Equal("seeds/rows#M1", Get(meeting, "Id"));
        Assert.Equal(12, Get(meeting, "Ordinal"));
        Assert.Equal(new DateTime(2024, 3, 5), Get(meeting, "Date"));
        Assert.Equal("王建国", Get(meeting, "Chair"));
        Assert.Equal("seeds/rows#A1", Get(meeting, "ArticleId"));

        var figures = List(catalog, "Figures").ToList();
        var area = Assert.Single(figures, f => (string)Get(f, "Text")! == "1200亩");
        Assert.Equal(1200m, Get(area, "Value"));
        Assert.Null(Get(area, "UpperValue"));
        Assert.Equal(3, ((SourceLine)Get(area, "Source")!.ToString()!).Line);
        var range = Assert.Single(figures, f => Get(f, "UpperValue") is not null);
        Assert.Equal(14m, Get(range, "UpperValue"));
        Assert.All(figures, f => Assert.StartsWith("seeds/rows#F", (string)Get(f, "Id")!, StringComparison.Ordinal));
    }

    private static IEnumerable<object> List(GeneratedCatalog catalog, string name) => catalog.List(name);

    private static object? Get(object item, string property) => GeneratedCatalog.Get(item, property);

    /// <summary>file:line:column, read back.</summary>
    private readonly record struct SourceLine(int Line)
    {
        public static explicit operator SourceLine(string location) => new(int.Parse(location.Split(':')[^2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
