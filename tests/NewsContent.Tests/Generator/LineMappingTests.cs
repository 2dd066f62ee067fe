using Microsoft.CodeAnalysis;

namespace NewsContent.Tests.Generator;

/// <summary>Generated member names are mapped onto the seed text they were read from (#line), which is where go to
/// definition and compiler messages about those lines land.</summary>
public sealed class LineMappingTests
{
    private const string Seed = """
        王建国调研春耕生产

        本报讯 3月5日，市长王建国到城郊农场调研春耕生产，全市已完成春播面积1200亩。
        """;

    private const string BodyNamed = """
        春耕生产全面展开

        本报讯 3月5日，市长王建国到城郊农场调研春耕生产，全市已完成春播面积1200亩。
        """;

    [Fact]
    public void ArticleFigurePersonAndTheirConstantsMapToTheirLineInTheSeed()
    {
        var harness = new GeneratorHarness().WithNamespace("Mapped");
        var seed = harness.AddSeed("/virtual/seeds/page.txt", Seed, "2024-03-06", "seeds/page.txt");
        var run = harness.Run();
        Assert.Empty(run.Errors);

        foreach (var (holder, line, text) in new[] { ("Articles", 1, "王建国调研春耕生产"), ("ArticleHeadlines", 1, "王建国调研春耕生产"), ("Figures", 3, "1200亩"), ("FigureValues", 3, "1200亩"), ("People", 1, "王建国"), ("PersonNames", 1, "王建国") })
        {
            var member = Assert.Single(run.OutputCompilation.GetTypeByMetadataName("Mapped." + holder)!.GetMembers(), m => m.DeclaredAccessibility == Accessibility.Public && !m.IsImplicitlyDeclared);
            var mapped = member.Locations[0].GetMappedLineSpan();

            Assert.True(mapped.HasMappedPath, holder + " is not mapped");
            Assert.Equal(seed.Path, mapped.Path);
            Assert.Equal(line - 1, mapped.StartLinePosition.Line);
            var lineText = Seed.Split('\n')[line - 1];
            Assert.Equal(lineText.IndexOf(text, StringComparison.Ordinal), mapped.StartLinePosition.Character);
        }
    }

    /// <summary>
    /// People's first mentions are kept apart from the directory: text that moves a name re-emits the seed and that
    /// person's shard (the #line changed), text that moves no name re-emits the seed alone.
    /// </summary>
    [Theory]
    [InlineData("3月5日，", "NewsContent.PeopleShard00.g.cs")]
    [InlineData("全市已完成春播面积1200亩。", null)]
    public void MovingANameReemitsItsShardAndNothingElse(string after, string? shard)
    {
        var harness = new GeneratorHarness().WithNamespace("Mapped");
        var path = GeneratorHarness.FullPath("seeds/page.txt");
        var seed = harness.AddSeed(path, BodyNamed, "2024-03-06", "seeds/page.txt");
        harness.AddSeed(GeneratorHarness.FullPath("seeds/other.txt"), "李春华主持召开工作会议\n\n本报讯 市长李春华主持召开工作会议。", "2024-03-07", "seeds/other.txt");
        var first = harness.Run();
        var edited = new InMemoryAdditionalText(path, BodyNamed.Replace(after, after + "经过编辑的文字。", StringComparison.Ordinal));

        var second = first.Rerun(driver: first.Driver.ReplaceAdditionalText(seed, edited));

        var expected = new[] { "NewsContent.Seed_SeedsPage.g.cs", shard }.OfType<string>().OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, OutputSteps.ReemittedHintNames(second));
    }

    [Theory]
    [InlineData("C:\\pages\\seed.txt", "\"C:/pages/seed.txt\"")]
    [InlineData("/pages/a\"b.txt", "\"/pages/a_b.txt\"")]
    [InlineData("/pages/a\nb.txt", "\"/pages/a_b.txt\"")]
    public void AFilePathADirectiveCannotHoldIsMadeSafe(string path, string written)
    {
        var directive = NewsContent.Generator.Emitting.LineDirectives.To(path, new NewsContent.Generator.Model.SourceSpan(0, 3, 2, 1, 2, 4));

        Assert.Equal("#line (2, 1) - (2, 4) 9 " + written, directive);
    }
}
