using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Tests.Layout;

/// <summary>How a hard-wrapped page (OCR, a narrow column) is recognised and read with its wrapped lines rejoined.</summary>
public sealed class HardWrapTests
{
    private const string Page =
        "上半年进出口总值1895.4亿元\n\n" +
        "本报讯（记者 张驰）记者从海关获悉，上半年全市进出口总值1895.4亿元，同比增长12.3%，其中出口1234.5亿元，进口660.9亿元，增速高于全省平均水平。\n\n" +
        "据介绍，民营企业进出口1500亿元，占全市外贸总值的79.2%，对共建国家进出口增长15.6%，外贸结构持续优化。会上，副市长李明华出席并讲话。\n";

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    [InlineData(20)]
    [InlineData(24)]
    public void AWrappedPageIsReadWithItsLinesRejoined(int width)
    {
        var wrapped = LayoutVariants.HardWrapped(Page, width);
        var seed = new SeedText(wrapped);

        Assert.Equal(width, seed.ColumnWidth);
        Assert.Equal(new SeedText(Page).Lines.Select(l => l.Content), seed.Lines.Select(l => l.Content));
        foreach (var line in seed.Lines)
        {
            // Every character still knows where it stands in the wrapped text.
            for (var i = 0; i < line.Length; i++)
            {
                Assert.Equal(line.Content[i], wrapped[line.SeedOffset(i)]);
            }

            Assert.Equal(line.Content, string.Concat(line.Pieces().Select(p => p.Text)));
            Assert.All(line.Pieces(), p => Assert.Equal(p.Text, wrapped.Substring(p.Offset, p.Text.Length)));
        }
    }

    [Fact]
    public void AFigureCutByTheWrapIsOneFigureWhoseSpanCrossesTheLineBreak()
    {
        var wrapped = LayoutVariants.HardWrapped(Page, 16);
        var page = SeedParser.Parse(new SeedInput("p.txt", "p.txt", wrapped, "2025-07-20", false)).Page;
        var own = SeedParser.Parse(new SeedInput("p.txt", "p.txt", Page, "2025-07-20", false)).Page;

        Assert.Equal(own.Figures.Select(f => (f.Text, f.Value, f.Unit)), page.Figures.Select(f => (f.Text, f.Value, f.Unit)));
        Assert.Equal(own.Articles.Single().Paragraphs, page.Articles.Single().Paragraphs);
        var cut = page.Figures.First(f => wrapped.Substring(f.Source.Offset, f.Source.Length).Contains('\n'));
        Assert.Equal(cut.Text, wrapped.Substring(cut.Source.Offset, cut.Source.Length).Replace("\n", string.Empty));
        // 李明华 stands across a wrap (the paragraph's 64th character): the person's span crosses the break too.
        var person = page.People.Single(p => p.Name == "李明华");
        var at = wrapped.Substring(person.Source.Offset, person.Source.Length);
        Assert.Contains('\n', at);
        Assert.Equal(person.Name, at.Replace("\n", string.Empty));
    }

    [Fact]
    public void ALineOcrLeftUnwrappedDoesNotHideTheColumn()
    {
        const string url = "https://www.example.com/news/2025/07/20/content_12345678.html";
        var wrapped = LayoutVariants.HardWrapped(Page, 16) + "\n" + url + "\n";
        var seed = new SeedText(wrapped);

        Assert.Equal(16, seed.ColumnWidth);
        Assert.Equal(new SeedText(Page + "\n" + url + "\n").Lines.Select(l => l.Content), seed.Lines.Select(l => l.Content));
    }

    [Fact]
    public void APageOfAParagraphALineIsNotWrapped()
    {
        Assert.Equal(0, new SeedText(Page).ColumnWidth);
        Assert.Equal(0, new SeedText(LayoutVariants.NoBlankLines(Page)).ColumnWidth);
    }

    [Fact]
    public void LinesOfOneLengthThatFinishTheirSentencesAreNotAWrap()
    {
        // A paragraph a line, no blank lines, every line the same length: nothing was cut.
        const string text = "市委常委会召开会议研究部署工作。\n市政府常务会议研究部署有关工作。\n市政协主席会议研究部署有关工作。\n市人大常委会主任会议研究有关工作。\n";
        Assert.Equal(0, new SeedText(text).ColumnWidth);
        Assert.Equal(4, new SeedText(text).Lines.Count);
    }

    [Fact]
    public void AFullLineEndingItsSentenceBeforeAnIndentedLineEndsItsParagraph()
    {
        // OCR with no blank lines: paragraphs indented, the first one ending at the column's edge.
        const string text = "\u3000\u3000甲乙丙丁戊己庚辛壬\n癸子丑寅卯辰巳午未天。\n\u3000\u3000申酉戌亥甲乙丙丁戊\n己庚辛壬癸子丑寅卯辰巳\n午未。\n\u3000\u3000天地玄黄。\n";
        var seed = new SeedText(text);
        Assert.Equal(11, seed.ColumnWidth);
        Assert.Equal(new[] { 20, 23, 5 }, seed.Lines.Select(l => l.Length));
    }

    [Fact]
    public void OnAPageThatDoesNotIndentItsParagraphsSpacesCutByTheWrapDoNotOpenOne()
    {
        // Sentences of one line set apart by spaces (an archive dump), wrapped so a line ends 。 and the next opens with
        // a space: nothing on the page is indented, so the spaces were inside the line and it is rejoined whole.
        const string line = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒。  日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈。";
        var wrapped = LayoutVariants.HardWrapped("一二三四五六七八\n\n" + line + "\n", 16);
        Assert.Contains("。 \n ", wrapped);
        var seed = new SeedText(wrapped);
        Assert.Equal(16, seed.ColumnWidth);
        Assert.Equal(new[] { "一二三四五六七八", line }, seed.Lines.Select(l => l.Content));
    }

    [Theory]
    [InlineData(12)]
    [InlineData(16)]
    public void OnAPageWithoutBlankLinesAHeadlineTheWrapRanIntoALeadOrAParagraphStaysAHeadline(int width)
    {
        // An e-paper dump. The first headline (32 characters) fills its last line at 16 and runs into its lead; the
        // first article's last paragraph (48) ends at the column's edge at both widths and runs into the second
        // headline, which at 16 also fills its line and runs into its lead.
        const string text =
            "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月\n" +
            "本报讯（记者 张驰）会上，副市长李明华出席并讲话，全市进出口总值1895.4亿元，同比增长12.3%。\n" +
            "据介绍，民营企业进出口1500亿元，占全市外贸总值的79.2%，对共建国家进出口增长15.6%。\n" +
            "上半年进出口总值1895.4亿元\n" +
            "本报讯（记者 王晓明）记者从海关获悉，外贸结构持续优化，民营企业进出口增速高于全省平均水平。\n";
        var own = SeedParser.Parse(new SeedInput("p.txt", "p.txt", text, "2025-07-20", false)).Page;
        var wrapped = SeedParser.Parse(new SeedInput("p.txt", "p.txt", LayoutVariants.HardWrapped(text, width), "2025-07-20", false)).Page;

        Assert.Equal(width, new SeedText(LayoutVariants.HardWrapped(text, width)).ColumnWidth);
        Assert.Equal(2, own.Articles.Count);
        Assert.Equal(own.Articles.Select(a => (a.Headline, a.Dateline, a.Byline)), wrapped.Articles.Select(a => (a.Headline, a.Dateline, a.Byline)));
        Assert.Equal(own.People.Select(p => p.Name), wrapped.People.Select(p => p.Name));
    }

    [Fact]
    public void APhotoTitleThatFillsItsLineEndsAtItsPictureNote()
    {
        // The photo title is 16 characters with its note: at 16 it fills its line and the wrap runs it into the caption.
        const string text =
            "市长调研春耕生产\n" +
            "本报讯 市长王建国昨天到城郊调研春耕生产，要求抓好农资供应。\n" +
            "湿地公园栽种水杉苗（附图片２张）\n" +
            "三月十日，志愿者在城西湿地公园栽种水杉苗，共栽下三千株。\n";
        var own = SeedParser.Parse(new SeedInput("p.txt", "p.txt", text, "2025-07-20", false)).Page;
        var wrapped = SeedParser.Parse(new SeedInput("p.txt", "p.txt", LayoutVariants.HardWrapped(text, 16), "2025-07-20", false)).Page;

        Assert.Equal(new[] { "市长调研春耕生产", "湿地公园栽种水杉苗" }, own.Articles.Select(a => a.Headline));
        Assert.Equal(own.Articles.Select(a => a.Headline), wrapped.Articles.Select(a => a.Headline));
    }

    [Fact]
    public void AFullLineBeforeABlankLineEndsItsParagraph()
    {
        // Twelve characters, then a blank line: the paragraph ended at the column's edge.
        var wrapped = LayoutVariants.HardWrapped("一二三四五六七八九十百千\n\n" + string.Concat(Enumerable.Repeat("甲乙丙丁戊己庚辛壬癸子丑", 4)) + "寅卯\n", 12);
        var seed = new SeedText(wrapped);
        Assert.Equal(12, seed.ColumnWidth);
        Assert.Equal(new[] { 12, 50 }, seed.Lines.Select(l => l.Length));
    }
}
