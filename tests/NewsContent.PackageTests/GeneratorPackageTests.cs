using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>`dotnet new console`, `dotnet add package NewsContent.Generator`, one ContentSeed item, build, run.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class GeneratorPackageTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public void NewConsoleAppWithOneContentSeedBuildsAndRuns()
    {
        var (member, article) = ContentMembers.Articles[0];
        var app = GeneratorConsumer.Create(packages, "SeedReader", $$"""
            using SeedReader;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            foreach (var article in Catalog.Articles)
            {
                Console.WriteLine("headline: " + article.Headline);
            }

            Console.WriteLine("member: " + Articles.{{member}}.Headline + " @ " + Articles.{{member}}.Source);

            """);

        app.Build().EnsureSuccess();
        var run = app.Run().EnsureSuccess();
        output.WriteLine(app.StepSummary());

        // `dotnet add package` honours developmentDependency: the generator does not flow to this app's consumers.
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", File.ReadAllText(app.ProjectFile), StringComparison.Ordinal);
        foreach (var (_, each) in ContentMembers.Articles)
        {
            Assert.Contains("headline: " + each.Headline, run.Output, StringComparison.Ordinal);
        }

        Assert.Contains($"member: {article.Headline} @ {GeneratorConsumer.SeedPath}:{article.Source.Line}:", run.Output, StringComparison.Ordinal);
    }
}
