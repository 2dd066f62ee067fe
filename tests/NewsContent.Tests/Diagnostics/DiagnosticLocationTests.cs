using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator;
using NewsContent.Tests.Fuzz;
using NewsContent.Tests.Generator;

namespace NewsContent.Tests.Diagnostics;

/// <summary>
/// Every diagnostic id the generator reports, triggered on purpose: it must be in the seed file, at the line and column of
/// the text it is about (what the IDE's error list opens), with a text span that agrees with that line and column.
/// </summary>
public sealed class DiagnosticLocationTests
{
    private const string Path = "/project/seeds/page.txt";
    private const string SeedPath = "seeds/page.txt";
    private const string Lead = "本报讯 2月17日,市委书记黄钦主持召开市委常委会议,研究部署当前工作。";

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\u3000\n")]
    public void Content001_EmptySeed_AtTheStartOfTheFile(string text)
    {
        var diagnostic = Single(Run(text), "CONTENT001");

        AssertAt(diagnostic, text, 0);
    }

    [Fact]
    public void Content002_ReplacementCharacter_AtTheBadCharacter()
    {
        var text = "市委常委会召开会议\n\n本报讯 2月17日,市委书记\uFFFD主持召开会议。\n";

        var diagnostic = Single(Run(text), "CONTENT002");

        AssertAt(diagnostic, text, text.IndexOf('\uFFFD'));
    }

    [Fact]
    public void Content002_CompilerFallbackDecode_AtTheBadByteAndTheRestStillRead()
    {
        var before = "市委常委会召开会议\n\n本报讯 2月17日,市委书记";
        var bytes = Encoding.UTF8.GetBytes(before).Concat(new byte[] { 0xE9, 0xBB }).Concat(Encoding.UTF8.GetBytes("主持召开会议。\n")).ToArray();
        var harness = Harness(string.Empty, "2020-02-18");
        var run = Execute(harness, new SingleByteAdditionalText(Path, bytes));

        var diagnostic = Single(run, "CONTENT002");

        var decoded = Encoding.UTF8.GetString(bytes);
        AssertAt(diagnostic, decoded, decoded.IndexOf('\uFFFD'));
        var seedSource = run.Results[0].GeneratedSources.Single(s => s.HintName.Contains("Seed_", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("市委常委会召开会议", seedSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Content003_NoArticle_AtTheFirstVisibleCharacter()
    {
        var text = "\n\n  责任编辑：王某\n第01版：要闻\n";

        var diagnostic = Single(Run(text), "CONTENT003");

        AssertAt(diagnostic, text, text.IndexOf("责任编辑", StringComparison.Ordinal));
    }

    [Fact]
    public void Content004_TextOutsideArticles_AtThatText()
    {
        var text = "第01版：要闻\n\n市委常委会召开会议\n\n" + Lead + "\n";

        var diagnostics = Run(text).Diagnostics.Where(d => d.Id == "CONTENT004").ToList();

        var diagnostic = Assert.Single(diagnostics);
        AssertAt(diagnostic, text, 0);
        Assert.Contains("第01版", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Content005_RelativeDateWithoutPublishedOn_AtTheDate()
    {
        var text = "市委召开常委会议\n\n本报讯 昨日,市委书记黄钦主持召开市委常委会议。\n";

        var diagnostic = Single(Run(text, publishedOn: null), "CONTENT005");

        AssertAt(diagnostic, text, text.IndexOf("昨日", StringComparison.Ordinal));
    }

    [Fact]
    public void Content006_DuplicatedArticle_AtTheRenamedArticle()
    {
        var text = "市委常委会召开会议\n\n" + Lead + "\n\n市委常委会召开会议\n\n本报讯 2月18日,市长杜小刚主持召开市政府常务会议。\n";

        var run = Run(text);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CONTENT006" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("the article", StringComparison.Ordinal));
        AssertAt(diagnostic, text, text.LastIndexOf("市委常委会召开会议", StringComparison.Ordinal));
    }

    [Fact]
    public void Content006_TwoPeopleWithOneMemberName_AtTheSecondPersonsFirstMention()
    {
        // 刘霞 and 刘侠 are both LiuXia in pinyin: the person named second takes LiuXia_2, and the user is told where.
        var text = "市委常委会召开会议\n\n本报讯 2月17日,市委书记刘霞主持召开市委常委会议,副市长刘侠出席会议。\n";

        var run = Run(text);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CONTENT006" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("the person", StringComparison.Ordinal));
        Assert.Contains("LiuXia_2", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertAt(diagnostic, text, text.IndexOf("刘侠", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Equals")]
    [InlineData("ArticleHeadlines")]
    public void Content006_LineSpellingAGeneratedName_IsRenamedAndCompiles(string line)
    {
        // A page of one line is an article named after that line: found by the fuzz suite, it once hid object.Equals (CS0108).
        var text = line + "\n";

        var run = Run(text);

        AssertAt(Single(run, "CONTENT006"), text, 0);
        var compilation = CSharpCompilation.Create("Check", run.GeneratedTrees, GeneratorHarness.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Content007_SeedTooLarge_AtTheStartOfTheFile()
    {
        var text = "市委常委会召开会议\n\n" + new string('中', 4 * 1024 * 1024);

        var diagnostic = Single(Run(text), "CONTENT007");

        AssertAt(diagnostic, text, 0);
    }

    [Fact]
    public void Content008_LineTooLong_AtTheStartOfThatLine()
    {
        var text = "市委常委会召开会议\n\n" + Lead + "\n  " + new string('1', 20_001) + "\n";

        var diagnostic = Single(Run(text), "CONTENT008");

        AssertAt(diagnostic, text, text.IndexOf("  1", StringComparison.Ordinal) + 2);
    }

    [Fact]
    public void Content009_UnreadableSeed_InThatFileAndTheOtherSeedStillGenerates()
    {
        var harness = Harness("市委常委会召开会议\n\n" + Lead + "\n", "2020-02-18");
        harness.AddSeed("/project/seeds/locked.txt", string.Empty, "2020-02-18", "seeds/locked.txt");
        var texts = harness.AdditionalTexts.Select(t => t.Path == "/project/seeds/locked.txt" ? new UnreadableAdditionalText(t.Path) : t).ToArray();

        var run = Execute(harness, texts);

        Assert.Null(run.Results[0].Exception);
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "CONTENT009");
        Assert.Equal("/project/seeds/locked.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(0, 0), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("IOException", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(run.Results[0].GeneratedSources, s => s.HintName.Contains("SeedsPage", StringComparison.Ordinal));
    }

    [Fact]
    public void Content010_InvalidPublishedOn_AtTheStartOfTheSeed()
    {
        var text = "市委常委会召开会议\n\n" + Lead + "\n";

        var diagnostic = Single(Run(text, publishedOn: "18/02/2020"), "CONTENT010");

        AssertAt(diagnostic, text, 0);
    }

    private static GeneratorDriverRunResult Run(string text, string? publishedOn = "2020-02-18")
    {
        var harness = Harness(text, publishedOn);
        return Execute(harness, harness.AdditionalTexts.ToArray());
    }

    private static GeneratorHarness Harness(string text, string? publishedOn)
    {
        var harness = new GeneratorHarness().WithNamespace("Located");
        harness.AddSeed(Path, text, publishedOn, SeedPath);
        return harness;
    }

    private static GeneratorDriverRunResult Execute(GeneratorHarness harness, params AdditionalText[] texts)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new ContentGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, harness.CreateOptionsProvider());
        var result = driver.RunGenerators(harness.CreateCompilation()).GetRunResult();
        Assert.Null(result.Results[0].Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
        return result;
    }

    private static Diagnostic Single(GeneratorDriverRunResult run, string id)
    {
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join("; ", run.Diagnostics)}");
        return matching[0];
    }

    /// <summary>The diagnostic starts at this character of the seed: right file, right line and column, consistent spans.</summary>
    private static void AssertAt(Diagnostic diagnostic, string text, int offset)
    {
        Assert.True(offset >= 0, "The test's anchor text is missing from the seed.");
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, lineSpan.Path);
        var expected = SourceText.From(text).Lines.GetLinePosition(offset);
        Assert.Equal(expected, lineSpan.StartLinePosition);
        Assert.Null(FuzzRunner.LocationProblem(diagnostic, new Dictionary<string, string> { [Path] = text }));
    }
}
