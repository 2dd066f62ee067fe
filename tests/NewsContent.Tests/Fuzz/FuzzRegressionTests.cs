using NewsContent.Generator.Naming;

namespace NewsContent.Tests.Fuzz;

/// <summary>
/// One test per bug the fuzz suite found, each the smallest case that showed it, run through the same oracle
/// (real generator in the driver, then a compilation in which a warning counts as a failure).
/// </summary>
public sealed class FuzzRegressionTests
{
    private const string Lead = "本报讯 2月17日,市委书记黄钦主持召开市委常委会议,研究部署当前工作。";

    [Theory]
    [InlineData("Fuzz.R1.int", "Fuzz.R1.@int")]
    [InlineData("Fuzz.R2.base.1x", "Fuzz.R2.@base._1x")]
    [InlineData("Fuzz.R3.global", "Fuzz.R3.@global")]
    [InlineData("My_App.Content", "My_App.Content")]
    [InlineData("My-App.Content", "My_App.Content")]
    [InlineData("新闻.内容", "新闻.内容")]
    [InlineData("..Fuzz..R4..", "Fuzz.R4")]
    public void KeywordOrOddNamespace_IsKeptValidAndAsWritten(string property, string expected)
    {
        Assert.Equal(expected, NamespaceNames.Create(property));
        AssertClean(Case(expected.Replace("@", string.Empty, StringComparison.Ordinal), new FuzzSeed("seeds/page.txt", "市委常委会召开会议\n\n" + Lead + "\n", "2020-02-18")));
    }

    [Theory]
    [InlineData("Equals")]
    [InlineData("GetHashCode")]
    [InlineData("ReferenceEquals")]
    [InlineData("ToString")]
    [InlineData("ArticleHeadlines")]
    public void PageNamedLikeAnInheritedOrContainingMember_CompilesWithoutWarnings(string line) =>
        AssertClean(Case("Fuzz.Names", new FuzzSeed("seeds/page.txt", line, "2020-02-18")));

    [Fact]
    public void PageWithThousandsOfFigures_IsNotCutAtOneMegabyte()
    {
        var line = string.Concat(Enumerable.Repeat("4928家、", 3000));
        var outcome = AssertClean(Case("Fuzz.Figures", new FuzzSeed("seeds/page.txt", "市委常委会召开会议\n\n" + Lead + line + "\n", "2020-02-18")));

        Assert.Contains(outcome.Trees, t => t.Length > 1024 * 1024);
    }

    [Fact]
    public void FigureWithASymbolUnit_IsNamedWithoutTheUnit()
    {
        // 调高至3‰: a unit with no letter to read once made the namer index an empty name (CONTENT009).
        Assert.Equal(string.Empty, IdentifierNamer.Create("‰", IdentifierStyle.Pinyin, 3, fallback: string.Empty));
        AssertClean(Case("Fuzz.PerMille", new FuzzSeed("seeds/page.txt", "市委常委会召开会议\n\n" + Lead + "印花税税率由3‰调高至5‰。\n", "2020-02-18")));
    }

    [Fact]
    public void TwoFilesWithTheSameSeedPath_EachGetTheirOwnGeneratedFile()
    {
        var text = "市委常委会召开会议\n\n" + Lead + "\n";
        var outcome = AssertClean(Case("Fuzz.SamePath", new FuzzSeed("seeds/.hidden", text, "2020-02-18"), new FuzzSeed("seeds/ .txt", text, null), new FuzzSeed("seeds/.hidden", text, null)));

        // Three seed files, the records, the catalog and the one people shard.
        Assert.Equal(3 + 3, outcome.Trees.Length);
    }

    private static FuzzCase Case(string ns, params FuzzSeed[] seeds) => new(0, "regression", "FuzzRegressionTests", ns, "Pinyin", seeds);

    private static FuzzOutcome AssertClean(FuzzCase fuzzCase)
    {
        var outcome = FuzzRunner.Run(fuzzCase);
        FuzzCompiler.Compile(new[] { outcome });
        Assert.True(outcome.Problems.Count == 0, fuzzCase.Describe() + string.Join("\n", outcome.Problems));
        return outcome;
    }
}
