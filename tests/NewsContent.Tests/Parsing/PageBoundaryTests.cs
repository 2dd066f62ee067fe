using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>
/// Where one piece ends and the next begins when no headline says so, each on a small invented page printed without
/// blank lines: a box of signed briefs, a piece going on past a picture credit.
/// </summary>
public sealed class PageBoundaryTests
{
    private const string DatelinedPiece = "市长调研春耕生产\n本报讯 市长王建国昨天到城郊调研春耕生产。\n";

    [Fact]
    public void AParagraphAfterAnAuthorsSignatureIsTheNextBrief()
    {
        var page = Parse(DatelinedPiece + "城南小学新建的图书室投入使用，藏书一万册。（李春华）\n日前，市图书馆新馆开馆，首日接待读者三千人次。（赵明）\n");
        Assert.Equal(2, page.Articles.Count);
        Assert.StartsWith("日前，市图书馆新馆开馆", page.Articles[1].Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphAfterAPictureCreditGoesOnInTheSamePiece()
    {
        var page = Parse(DatelinedPiece + "图为农技人员在田间指导。（李春华摄）\n他要求各地抓好农资供应，保障春耕用肥。\n");
        Assert.Single(page.Articles);
        Assert.Contains(page.Articles[0].Paragraphs, p => p.StartsWith("他要求各地抓好农资供应", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("…开馆。（李春华）", true)]
    [InlineData("…开馆。（新华社北京１月３日电）", true)]
    [InlineData("…开馆。（李春华摄）", false)]
    [InlineData("二〇二六年一月", false)]
    public void OnlyAnAuthorOrADatelineSignsABriefOff(string line, bool signed) =>
        Assert.Equal(signed, AfterSignOff.SignedByAuthor(LineKind.Of(line)));

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "1998-01-06", false)).Page;
}
