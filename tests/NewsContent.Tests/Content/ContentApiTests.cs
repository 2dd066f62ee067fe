using NewsContent;

namespace NewsContent.Tests.Content;

/// <summary>The compiled content package, used as a consumer uses it.</summary>
public sealed class ContentApiTests
{
    [Fact]
    public void CatalogListsEveryKindInSeedOrder()
    {
        Assert.Equal(6, Catalog.Articles.Count);
        Assert.Equal(4, Catalog.Meetings.Count);
        Assert.NotEmpty(Catalog.Figures);
        Assert.Contains(Catalog.People, p => p.Name == "黄钦");
        Assert.Equal(Catalog.Articles.Select(a => a.Source.Line).OrderBy(l => l), Catalog.Articles.Select(a => a.Source.Line));
    }

    [Fact]
    public void FiguresListsQuantitiesAndNumbersInsideNamesStandApart()
    {
        // The design seed: 13 amounts; 15 numbers inside names (三年行动计划 ×5, 八项规定 ×5, 惠企20条 ×2, “四个区”,
        // “四篇文章”, “三张清单”), which have no member and raise no name clash.
        Assert.Equal(13, Catalog.Figures.Count);
        Assert.Equal(15, Catalog.FiguresInNames.Count);
        Assert.All(Catalog.Figures, f => Assert.Equal(FigureKind.Quantity, f.Kind));
        Assert.All(Catalog.FiguresInNames, f => Assert.Equal(FigureKind.InName, f.Kind));
        Assert.DoesNotContain(Catalog.Figures, f => f.Text is "八项" or "三年" or "20条");
        Assert.Equal(Catalog.FiguresInNames.Select(f => f.Source.Line).OrderBy(l => l), Catalog.FiguresInNames.Select(f => f.Source.Line));

        var eightRules = Catalog.FiguresInNames.First(f => f.Text == "八项");
        Assert.Same(eightRules, Catalog.FindFigure(eightRules.Id));
        Assert.Same(Figures.QuanShiBeiAn_4928Jia, Catalog.FindFigure(Figures.QuanShiBeiAn_4928Jia.Id));
    }

    [Fact]
    public void TypedMembersCarryTheContent()
    {
        Assert.Equal("黄钦", People.HuangQin.Name);
        Assert.Contains("市委书记", People.HuangQin.Titles);
        Assert.Equal(new DateTime(2020, 2, 17), Meetings.ShiWeiChangWeiHuiDi167CiHuiYi.Date);
        Assert.Equal(167, Meetings.ShiWeiChangWeiHuiDi167CiHuiYi.Ordinal);
        Assert.Equal(4928m, Figures.QuanShiBeiAn_4928Jia.Value);
        Assert.Same(Catalog.FindArticle(Meetings.ShiWeiChangWeiHuiDi167CiHuiYi.ArticleId), Catalog.Articles[3]);
    }

    [Fact]
    public void ConstantsWorkInSwitchesAndAttributes()
    {
        static string Who(string name) => name switch
        {
            PersonNames.HuangQin => "secretary",
            PersonNames.DuXiaoGang => "mayor",
            _ => "other",
        };

        Assert.Equal("secretary", Who("黄钦"));
        Assert.Equal(79.3m, FigureValues.LeiJiFuGong_79_3Pct);
        Assert.Equal("2020-02-17", MeetingDates.ShiWeiChangWeiHuiDi167CiHuiYi);
    }

    [Fact]
    public void RecordsCompareAndPrintWithoutCycles()
    {
        foreach (var article in Catalog.Articles)
        {
            Assert.NotEmpty(article.ToString());
            Assert.Equal(article, article with { });
        }

        foreach (var person in Catalog.People)
        {
            Assert.NotEmpty(person.ToString());
            Assert.All(person.ArticleIds, id => Assert.NotNull(Catalog.FindArticle(id)));
        }
    }
}
