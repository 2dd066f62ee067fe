using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>
/// The shapes of pieces on a page, each on a small invented page printed without blank lines: a wire piece closing
/// with its dateline, a signed essay, a photo piece, a standing title, verse, an artwork note.
/// </summary>
public sealed class PagePieceTests
{
    [Fact]
    public void AClosingDatelineEndsItsPieceAndIsItsDateline()
    {
        var page = Parse("全省新建乡村公路一千公里\n今年全省新建和改造乡村公路一千公里，通达所有行政村。\n养护工作同步推进。（新华社南京１月５日电）\n冬季田间管理有序开展\n各地农技人员深入田间地头，指导农民做好越冬管理。（新华社合肥１月５日电）\n");
        Assert.Equal(new[] { "全省新建乡村公路一千公里", "冬季田间管理有序开展" }, page.Articles.Select(a => a.Headline));
        Assert.Equal(new[] { "新华社南京１月５日电", "新华社合肥１月５日电" }, page.Articles.Select(a => a.Dateline));
        Assert.Equal(PieceRole.Dateline, page.Articles[0].Pieces.Last().Role);
    }

    [Fact]
    public void ThanksAndAClosingDatelineAreNotTheNextHeadline()
    {
        var page = Parse("在青年志愿者表彰会上的发言\n同志们：\n我们的服务期满了，但接力不能断。\n谢谢！（新华社北京１月５日电）\n新春灯会今晚开幕\n本报讯 新春灯会今晚在市民广场开幕，展出彩灯三百组。\n");
        Assert.Equal(new[] { "在青年志愿者表彰会上的发言", "新春灯会今晚开幕" }, page.Articles.Select(a => a.Headline));
        Assert.Equal("新华社北京１月５日电", page.Articles[0].Dateline);
    }

    [Fact]
    public void ATitleOverABareAuthorLineIsASignedEssay()
    {
        var page = Parse("老街的早晨\n王建国\n天还没亮，老街上的豆浆铺就开了门。\n店主是一对夫妻，守着这间铺子二十年。\n窗前的腊梅\n李春华\n母亲在窗前种了一株腊梅，每到腊月便开满枝头。\n");
        Assert.Equal(new[] { "老街的早晨", "窗前的腊梅" }, page.Articles.Select(a => a.Headline));
        Assert.Equal(new[] { "王建国", "李春华" }, page.Articles.Select(a => a.Byline));
        Assert.All(page.Articles, a => Assert.Empty(a.Subheadings));
    }

    [Theory]
    [InlineData("本报驻南非记者王建国")]
    [InlineData("新华社记者李春华　赵明")]
    [InlineData("市农业局局长王建国")]
    [InlineData("何 苗")]
    public void AuthorLinesAreRead(string line) => Assert.True(AuthorLines.IsAuthorLine(line), line);

    [Theory]
    [InlineData("汇率制度")]
    [InlineData("事情还要从头说起。")]
    [InlineData("向改革要警力")]
    public void CrossheadsAreNotAuthorLines(string line) => Assert.False(AuthorLines.IsAuthorLine(line), line);

    [Fact]
    public void APhotoPieceStandsApartAndItsNoteLeavesTheHeadline()
    {
        var page = Parse("市长调研春耕生产\n本报讯 市长王建国昨天到城郊调研春耕生产。\n他要求抓好农资供应。\n植树添绿迎新春（图片）\n三月十日，志愿者在湿地公园栽种水杉苗。\n（本报记者 李春华摄）\n");
        Assert.Equal(new[] { "市长调研春耕生产", "植树添绿迎新春" }, page.Articles.Select(a => a.Headline));
        Assert.Null(page.Articles[1].Byline);
        Assert.Contains(page.Articles[1].Pieces, p => p.Role == PieceRole.Credit && p.Text == "（图片）");
    }

    [Theory]
    [InlineData("图片新闻")]
    [InlineData("明天气象预报（１月５日２０时—６日２０时）")]
    [InlineData("致读者")]
    public void StandingTitlesOpenAPiece(string title)
    {
        var page = Parse("市长调研春耕生产\n本报讯 市长王建国昨天到城郊调研春耕生产。\n他要求抓好农资供应。\n" + title + "\n今年的工作从一月开始，请读者留意。\n");
        Assert.Equal(2, page.Articles.Count);
        Assert.Equal(title, page.Articles[1].Headline);
    }

    [Fact]
    public void AClosingNoteEndsItsPiece()
    {
        var page = Parse("湖面结冰\n本报讯 连日低温，城北湖面结起厚冰。\n游人在冰面上拍照留念。（新华社发某社照片）\n老城墙修缮完工\n经过半年施工，老城墙东段修缮完工，今天起对游人开放。\n");
        Assert.Equal(new[] { "湖面结冰", "老城墙修缮完工" }, page.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void VerseUnderATitleAndAnAuthorIsOnePiece()
    {
        var page = Parse("第8版 副刊\n秋天的田埂\n刘春生\n风从南坡吹过来\n稻子弯下了腰\n父亲站在田埂上\n（王建国画）\n");
        var verse = Assert.Single(page.Articles);
        Assert.Equal("秋天的田埂", verse.Headline);
        Assert.Equal("刘春生", verse.Byline);
    }

    [Theory]
    [InlineData("（王建国画）", new[] { "王建国" })]
    [InlineData("（李春华书）", new[] { "李春华" })]
    public void ArtworkNotesAreCreditsThatNameTheArtist(string line, string[] names)
    {
        Assert.True(LineShapes.IsCreditLine(line), line);
        Assert.Equal(names, Bylines.Read(line).Names);
    }

    [Fact]
    public void AHeadlessDatelineItemAfterAnArticleIsTheNextItemOfItsRoundUp()
    {
        var page = Parse("各地迎春灯会相继开幕\n新华社南京１月５日电 南京秦淮灯会今晚开幕，展出彩灯三百组。\n新华社西安１月５日电 西安城墙灯会今天亮灯，游人如织。\n");
        var roundUp = Assert.Single(page.Articles);
        Assert.Equal(2, roundUp.Paragraphs.Count);
    }

    [Theory]
    [InlineData("２０２３年３月")]
    [InlineData("———编者")]
    [InlineData("（城西街道办事处王建国）")]
    public void ASignOffLineEndsItsPiece(string signOff)
    {
        Assert.True(ClosingLines.IsSignOff(signOff), signOff);
        var page = Parse("读者来信\n编辑同志：\n我家楼下的路灯坏了半个月，至今无人修理。\n" + signOff + "\n老城墙修缮完工\n经过半年施工，老城墙东段修缮完工，今天起对游人开放。\n");
        Assert.Equal(new[] { "读者来信", "老城墙修缮完工" }, page.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void ACaptionAndCreditBetweenTheHeadlineAndTheDatelineStayInTheHeadlineBlock()
    {
        var page = Parse("老城墙修缮完工\n经过半年施工，老城墙东段修缮完工，今天起对游人开放。\n新春音乐会在市民广场举行\n市民在广场上观看演出，现场座无虚席。\n（本报记者 王建国摄）\n本报讯 新春音乐会今晚在市民广场举行。\n");
        Assert.Equal(new[] { "老城墙修缮完工", "新春音乐会在市民广场举行" }, page.Articles.Select(a => a.Headline));
        Assert.Equal("本报讯", page.Articles[1].Dateline);
    }

    [Fact]
    public void APageOfOnlyACalligraphyPieceIsOnePiece()
    {
        var page = Parse("第8版 副刊\n春风\n春风十里柳丝长\n燕子归来绕画梁\n（王建国书）\n");
        var piece = Assert.Single(page.Articles);
        Assert.Equal("春风", piece.Headline);
        Assert.Contains(page.Articles[0].Pieces, p => p.Role == PieceRole.Credit && p.Text == "（王建国书）");
    }

    [Fact]
    public void APageOfOnlyATableIsOnePiece()
    {
        var page = Parse("上周股市概览\n名称 开盘 收盘\n综合指数 1200.5 1210.3\n成份指数 3400.1 3390.8\n");
        Assert.Equal("上周股市概览", Assert.Single(page.Articles).Headline);
    }

    [Fact]
    public void ALineTailIsReadFromTheRightIntoItsParts()
    {
        var tail = LineTail.Of("工作进展顺利。（张明）（新华社北京１月５日电）");
        Assert.Equal("工作进展顺利。".Length, tail.TextEnd);
        Assert.Equal(new[] { PieceRole.Byline, PieceRole.Dateline }, tail.Parts.Select(p => p.Role));
        Assert.Equal("新华社北京１月５日电", tail.Dateline);
        Assert.True(tail.Closes);
        Assert.False(LineTail.Of("图为新建的大桥（右）").Closes);
    }

    [Fact]
    public void TheRuleExample_ADatelineUnderACaptionIsTheLeadOfThePieceThePhotoHeads()
    {
        var rule = CaptionsOverLeads.Rule;
        var page = Parse(rule.Example);
        Assert.Equal(rule.ExpectedArticles, page.Articles.Count);
        Assert.StartsWith("市长调研春耕生产", page.Articles[0].Headline);
        Assert.Contains(page.Articles[0].Paragraphs, p => p.Contains("要求抓好农资供应", StringComparison.Ordinal));
    }

    [Fact]
    public void ADatelineUnderAPhotoPiecesCreditIsTheNextPiece()
    {
        var page = Parse("植树添绿迎新春（图片）\n志愿者在湿地公园栽种水杉苗。\n（本报记者李春华摄）\n本报讯 市长王建国昨天到城郊调研春耕生产，要求抓好农资供应。\n");
        Assert.Equal(2, page.Articles.Count);
    }

    private static PageModel Parse(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "1998-01-06", false)).Page;
}
