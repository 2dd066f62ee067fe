using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>A seed edit shows up after a plain `dotnet build`; a build with nothing changed does not compile.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class RebuildOnEditTests(PackedPackages packages, ITestOutputHelper output)
{
    private const string Edit = "本句为重新生成测试所加。";

    [Fact]
    public void SeedEditRegeneratesOnPlainBuildAndAnUnchangedBuildSkipsTheCompiler()
    {
        var app = GeneratorConsumer.Create(packages, "EditedSeed", """
            using EditedSeed;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            foreach (var article in Catalog.Articles)
            {
                Console.WriteLine(article.Headline);
                foreach (var paragraph in article.Paragraphs)
                {
                    Console.WriteLine(paragraph);
                }
            }

            """);

        app.Build().EnsureSuccess();
        Assert.DoesNotContain(Edit, app.Run().EnsureSuccess().Output, StringComparison.Ordinal);
        var firstCompile = File.GetLastWriteTimeUtc(app.IntermediateAssembly);

        // The longest line of a page is body text: a sentence added to it must come out in an article's paragraphs.
        var seed = Path.Combine(app.Directory, GeneratorConsumer.SeedPath);
        var lines = File.ReadAllLines(seed);
        var longest = Array.IndexOf(lines, lines.MaxBy(l => l.Length));
        lines[longest] += Edit;
        File.WriteAllLines(seed, lines);

        app.Build().EnsureSuccess();
        Assert.Contains(Edit, app.Run().EnsureSuccess().Output, StringComparison.Ordinal);
        var secondCompile = File.GetLastWriteTimeUtc(app.IntermediateAssembly);
        Assert.True(secondCompile > firstCompile, "the seed edit did not recompile the app");

        var unchanged = app.Build("-v:d").EnsureSuccess();
        output.WriteLine(app.StepSummary());
        Assert.Equal(secondCompile, File.GetLastWriteTimeUtc(app.IntermediateAssembly));
        Assert.Contains("Skipping target \"CoreCompile\" because all output files are up-to-date", unchanged.Output, StringComparison.Ordinal);
    }
}
