using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>A seed edit that takes a member away from the content package fails the package's build with
/// PublicApiAnalyzers' RS0017, instead of surprising its consumers at run time.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class PublicApiTrackingTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public void RemovingAnArticleFromASeedFailsTheContentBuildWithRS0017()
    {
        // The unedited copy already built and packed in the fixture, so any failure here is the edit's.
        var edited = Path.Combine(packages.SourceCopy, "content-edited");
        SourceTree.CopyDirectory(Path.Combine(packages.SourceCopy, "content"), edited);

        var (member, last) = ContentMembers.Articles.MaxBy(a => a.Value.Source.Line);
        var seed = Path.Combine(edited, last.Source.File.Replace('/', Path.DirectorySeparatorChar));
        var lines = File.ReadAllLines(seed);
        File.WriteAllLines(seed, lines.Take(last.Source.Line - 1));

        var build = DotNet.Run(edited, ["build", "-c", "Release"]);
        output.WriteLine(build.ToString());

        Assert.False(build.Succeeded, "the content build accepted a seed edit that removed an article");
        Assert.Contains("error RS0017", build.Output, StringComparison.Ordinal);
        Assert.Contains($"'static readonly NewsContent.Articles.{member} -> NewsContent.Article!'", build.Output, StringComparison.Ordinal);
    }
}
