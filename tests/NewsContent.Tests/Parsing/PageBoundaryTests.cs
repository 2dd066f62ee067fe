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
    [InlineData("…开馆。（均据新华社）", true)]
    [InlineData("…开馆。（李春华摄）", false)]
    [InlineData("二〇二六年一月", false)]
    public void OnlyAnAuthorOrADatelineSignsABriefOff(string line, bool signed) =>
        Assert.Equal(signed, AfterSignOff.SignedByAuthor(line));

    [Theory]
    [InlineData("河南某县城关镇王建国", true)]
    [InlineData("江苏某化工厂李春华", true)]
    [InlineData("新华社", false)]
    [InlineData("全文另发", false)]
    [InlineData("某市交通局", false)]
    public void APlaceThenANameIsAWritersSignature(string inner, bool signature) =>
        Assert.Equal(signature, PlaceSignatures.IsPlaceAndName(inner));

    [Fact]
    public void ATitleAfterAReadersSignedLetterOpensTheNextLetter()
    {
        var page = Parse("小区停车难\n我家小区的车位越来越少，晚上回家常常找不到地方停车。（河南某县城关镇王建国）\n公交站牌该换了\n城西公交站的站牌字迹模糊，乘客看不清线路。（江苏某化工厂李春华）\n");
        Assert.Equal(new[] { "小区停车难", "公交站牌该换了" }, page.Articles.Select(a => a.Headline));
    }

    [Theory]
    [InlineData("韩国", true)]
    [InlineData("江西", true)]
    [InlineData("某某市", true)]
    [InlineData("江西新闻", false)]
    [InlineData("大雪", false)]
    public void APlaceAloneIsAPlaceLabel(string line, bool label) => Assert.Equal(label, PlaceLabels.IsPlaceLabel(line));

    [Fact]
    public void APlaceOverTheNextDispatchLabelsAPartOfTheRoundUp()
    {
        var page = Parse("各地欢度元旦\n本报讯 元旦期间，各地举办了丰富多彩的庆祝活动。\n江西\n本报南昌电 全省各地举行灯会和文艺演出。\n浙江\n本报杭州电 各地群众登高迎新年。\n");
        Assert.Single(page.Articles);
        Assert.Equal("各地欢度元旦", page.Articles[0].Headline);
    }

    [Theory]
    [InlineData("山村晨曦（中国画）", true)]
    [InlineData("迎春（篆刻）（王建国）", true)]
    [InlineData("２、山村晨曦（中国画）", false)]
    [InlineData("山村晨曦", false)]
    [InlineData("他画了一幅画（油画）。", false)]
    public void AnArtworkTitleCarriesItsMedium(string line, bool artwork) => Assert.Equal(artwork, PieceOpeners.IsArtworkTitle(line));

    [Fact]
    public void AnArtworkAfterAnEssayIsAPieceOfItsOwn()
    {
        var page = Parse("老街的早晨\n王建国\n天还没亮，老街上的豆浆铺就开了门。\n山村晨曦（中国画）\n（李春华）\n");
        Assert.Equal(new[] { "老街的早晨", "山村晨曦（中国画）" }, page.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void ADispatchBelowAPlainFeatureOpensTheNextPiece()
    {
        var page = Parse("老街的早晨\n天还没亮，老街上的豆浆铺就开了门。\n店主是一对夫妻，守着这间铺子二十年。\n新华社北京１月５日电 全国春运今天开始，预计发送旅客二十亿人次。\n");
        Assert.Equal(2, page.Articles.Count);
        Assert.Equal("新华社北京１月５日电", page.Articles[1].Dateline);
    }

    [Fact]
    public void ADispatchBelowADispatchIsTheNextItemOfTheRoundUp()
    {
        var page = Parse("各地欢度元旦\n本报南昌１月１日电 全省各地举行灯会和文艺演出。\n本报杭州１月１日电 各地群众登高迎新年。\n");
        Assert.Single(page.Articles);
    }

    [Theory]
    [InlineData("２、江南春早", true)]
    [InlineData("２、１月５日，志愿者在公园植树。", true)]
    [InlineData("三、加强管理", true)]
    [InlineData("图片：", true)]
    [InlineData("一、总则", false)]
    [InlineData("２．５亿元投资到位", false)]
    [InlineData("记者从会上获悉：全市新增绿地三百公顷。", false)]
    public void LaterItemsAndLabelsGoOnWithTheList(string line, bool goesOn) => Assert.Equal(goesOn, ListItems.GoesOn(line));

    [Fact]
    public void AGallerysNextCaptionAfterACreditStaysInTheGallery()
    {
        var page = Parse("图片新闻\n１、三月十日，志愿者在湿地公园栽种水杉苗。（李春华摄）\n２、三月十二日，城南小学的学生参观农场。（赵明摄）\n");
        Assert.Single(page.Articles);
        Assert.Equal("图片新闻", page.Articles[0].Headline);
    }

    [Theory]
    [InlineData("山村的春天——记某县的绿化工程", true)]
    [InlineData("调整中的老街（上）", true)]
    [InlineData("记者手记——", false)]
    [InlineData("老街——", false)]
    [InlineData("张三——", false)]
    [InlineData("他说：“我们不怕——困难总会过去。”", false)]
    public void AFeatureTitleJoinsTitleAndSubtitleOrNamesItsPart(string line, bool title) => Assert.Equal(title, PieceOpeners.IsFeatureTitle(line));

    [Fact]
    public void AFeatureTitleAfterAFinishedPieceOpensTheNextPiece()
    {
        var page = Parse(DatelinedPiece + "他要求各地抓好农资供应。\n山村的春天——记某县的绿化工程\n春天来了，山坡上新栽的树苗吐出了嫩芽。\n");
        Assert.Equal(new[] { "市长调研春耕生产", "山村的春天——记某县的绿化工程" }, page.Articles.Select(a => a.Headline));
    }

    [Theory]
    [InlineData("１ 某某股份 １９．６３", true)]
    [InlineData("综合指数 1239.90 1242.21", true)]
    [InlineData("上周涨幅前五名（％）", false)]
    [InlineData("《某某日报》（2026年01月05日第 04 版）", false)]
    [InlineData("全市新增绿地３００公顷，比上年增长１２％。", false)]
    public void ARowOfDigitsIsATableRow(string line, bool row) => Assert.Equal(row, TableRows.IsDataRow(line));

    [Fact]
    public void ATitleOverATableIsAPieceAfterASignedOne()
    {
        var page = Parse(DatelinedPiece + "他要求各地抓好农资供应。（李春华）\n上周涨幅前五名（％）\n１ 某某股份 １９．６３\n２ 某某电器 １５．０９\n３ 某某药业 １５．０１\n");
        Assert.Equal(new[] { "市长调研春耕生产", "上周涨幅前五名（％）" }, page.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void TheLineUnderAPictureLabelIsTheGallerysFirstItemNotAHeadline()
    {
        var page = Parse("画院新作展在京开幕\n\n本报讯 市画院新作展今天开幕，展出作品八十件。\n展览将持续到本月底。\n图片：\n春到江南（水墨画）（王建国）\n\n山村小学的新操场\n李春华\n南山村小学今年建起了新操场，孩子们再也不用在泥地上跑步了。\n");
        Assert.Equal(new[] { "画院新作展在京开幕", "山村小学的新操场" }, page.Articles.Select(a => a.Headline));
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "1998-01-06", false)).Page;
}
