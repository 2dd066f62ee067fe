using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>A page's own number, from the item's Page metadata or from its page furniture (our own headers).</summary>
public sealed class PageNumberTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData("04", 4)]
    [InlineData("０４", 4)]
    [InlineData("A04", 4)]
    [InlineData("b12", 12)]
    [InlineData("四", 4)]
    [InlineData("十二", 12)]
    [InlineData("第四版", 4)]
    [InlineData("第4版", 4)]
    [InlineData(" 7 ", 7)]
    public void Metadata_IsReadAsAPageNumber(string metadata, int expected) => Assert.Equal(expected, PageNumbers.Parse(metadata)?.Number);

    [Theory]
    [InlineData("A04", "A")]
    [InlineData("b12", "B")]
    [InlineData("Ｂ０４", "B")]
    [InlineData("04", null)]
    [InlineData("第四版", null)]
    public void Metadata_KeepsItsSectionLetter(string metadata, string? section) => Assert.Equal(section, PageNumbers.Parse(metadata)?.Section);

    [Theory]
    [InlineData("front")]
    [InlineData("0")]
    [InlineData("4a")]
    [InlineData("1000")]
    [InlineData("")]
    public void Metadata_ThatIsNoPageNumber_IsNull(string metadata) => Assert.Null(PageNumbers.Parse(metadata));

    [Theory]
    [InlineData("第4版", 4)]
    [InlineData("第 04 版", 4)]
    [InlineData("A04版", 4)]
    [InlineData("四版", 4)]
    [InlineData("第四版", 4)]
    [InlineData("第十二版：要闻", 12)]
    [InlineData("江城日报 第3版 综合新闻", 3)]
    [InlineData("2025年3月12日 星期三 第6版 要闻", 6)]
    [InlineData("《江城日报》（2025年03月12日第 07 版）", 7)]
    public void FurnitureLine_NamesItsPage(string line, int expected) => Assert.Equal(expected, PageNumbers.FromLine(line, mayBeHeader: false)?.Number);

    [Theory]
    [InlineData("A04版：要闻", "A4")]
    [InlineData("江城日报 B3版 城事", "B3")]
    [InlineData("第 04 版", "4")]
    public void FurnitureLine_KeepsItsSectionLetter(string line, string expected) => Assert.Equal(expected, PageNumbers.FromLine(line, mayBeHeader: false)?.ToString());

    [Fact]
    public void EPaperHeader_OpeningWithSectionAndPage_NamesItsPageAtTheTopOfTheSeed()
    {
        const string Header = "A3　综合　2025年3月12日　星期三　责任编辑：陈晓东";

        Assert.Equal(new NewsContent.Generator.Model.PageLabel("A", 3), PageNumbers.FromLine(Header, mayBeHeader: true));
        Assert.Null(PageNumbers.FromLine(Header, mayBeHeader: false));
    }

    [Theory]
    [InlineData("（下转第4版）")]
    [InlineData("上接第1版")]
    [InlineData("上一版 下一版")]
    [InlineData("全市共有12个版块完成改版，市民反映良好。")]
    public void LinesThatAreNoPageLabel_NameNoPage(string line) => Assert.Null(PageNumbers.FromLine(line, mayBeHeader: true));

    [Fact]
    public void Seed_TakesItsFirstFurnitureLineThatNamesAPage()
    {
        const string Seed = "江城日报\n\n第二版　综合\n\n我市新建口袋公园12个\n\n本报讯 记者王建国报道：今年以来，我市新建口袋公园12个。（下转第5版）\n";

        Assert.Equal(2, PageNumbers.FromFurniture(Seed)?.Number);
    }

    [Fact]
    public void Seed_WithoutPageFurniture_HasNoNumber() =>
        Assert.Null(PageNumbers.FromFurniture("我市新建口袋公园12个\n\n本报讯 记者王建国报道：今年以来，我市新建口袋公园12个。\n"));
}
