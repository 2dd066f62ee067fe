using System.IO.Compression;
using System.Xml.Linq;
using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>What is inside the two .nupkg files: the layout NuGet and the compiler rely on, and the metadata a
/// registry page shows.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageLayoutTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public void GeneratorPackageShipsTheAnalyzerBesideItsDependencyAndNoLib()
    {
        output.WriteLine($"both packages packed from a source copy in {packages.PackTime.TotalSeconds:F1} s");
        var entries = Entries(PackedPackages.GeneratorId);

        Assert.Contains("analyzers/dotnet/cs/NewsContent.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Scriban.Signed.dll", entries);
        Assert.Contains("buildTransitive/NewsContent.Generator.props", entries);
        Assert.Contains("buildTransitive/NewsContent.Generator.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        var metadata = Nuspec(PackedPackages.GeneratorId);
        AssertPublishable(metadata);
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Empty(metadata.Descendants(metadata.Name.Namespace + "dependency"));
    }

    [Fact]
    public void ContentPackageShipsTheCompiledContentWithDocsAndNoGenerator()
    {
        var entries = Entries(PackedPackages.ContentId);

        Assert.Contains("lib/net10.0/NewsContent.dll", entries);
        Assert.Contains("lib/net10.0/NewsContent.xml", entries);
        Assert.Contains("README.md", entries);
        // Neither the generator nor the seeds reach consumers: the content is already compiled.
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("build", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".txt", StringComparison.Ordinal));

        var metadata = Nuspec(PackedPackages.ContentId);
        AssertPublishable(metadata);
        Assert.Empty(metadata.Descendants(metadata.Name.Namespace + "dependency"));
    }

    [Fact]
    public void ContentPackageDocsCarryEachHeadlineAndItsSeedLocation()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath(PackedPackages.ContentId));
        using var reader = new StreamReader(zip.GetEntry("lib/net10.0/NewsContent.xml")!.Open());
        var docs = XDocument.Load(reader);

        foreach (var (name, article) in ContentMembers.Articles)
        {
            var summary = docs.Descendants("member")
                .Single(m => (string?)m.Attribute("name") == $"F:NewsContent.Articles.{name}")
                .Element("summary")!.Value;
            Assert.Contains(article.Headline, summary, StringComparison.Ordinal);
            Assert.Contains($"{article.Source.File}:{article.Source.Line}", summary, StringComparison.Ordinal);
        }
    }

    private static void AssertPublishable(XElement metadata)
    {
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "tags")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "projectUrl")));
        Assert.Equal("README.md", Value(metadata, "readme"));
        var repository = metadata.Element(metadata.Name.Namespace + "repository");
        Assert.NotNull(repository);
        Assert.StartsWith("https://", (string?)repository.Attribute("url"));
    }

    private static string? Value(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)?.Value;

    private List<string> Entries(string id)
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath(id));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath(id));
        using var stream = zip.GetEntry(id + ".nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }
}
