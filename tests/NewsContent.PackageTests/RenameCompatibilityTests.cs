using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>
/// A headline fix renames its member. With the rename map that `tools/public-api` proposes, an app written against
/// version N of the content package still builds against N+1, warned (CS0618) to use the new name, and reads the fixed text.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class RenameCompatibilityTests(PackedPackages packages, ITestOutputHelper output)
{
    // Put before a headline, a character changes the member name (names are read from the headline's start).
    private const string Fix = "新";

    [Fact]
    public void AnAppBuiltAgainstVersionNBuildsAgainstNPlusOneAfterAHeadlineFix()
    {
        var (member, article) = ContentMembers.Articles[0];
        var app = ConsumerApp.Create(packages, "RenameConsumer");
        app.AddPackage(PackedPackages.ContentId).EnsureSuccess();
        app.WriteProgram($$"""
            using NewsContent;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            Console.WriteLine("member: " + Articles.{{member}}.Headline);
            Console.WriteLine("constant: " + ArticleHeadlines.{{member}});

            """);
        var before = app.Build().EnsureSuccess();
        Assert.DoesNotContain("CS0618", before.Output, StringComparison.Ordinal);

        // Version N+1: the same content project with the headline fixed, the API files and rename map brought up to
        // date by the tool, packed with the next version.
        var next = Path.Combine(packages.SourceCopy, "content-next");
        SourceTree.CopyDirectory(Path.Combine(packages.SourceCopy, "content"), next);
        var seed = Path.Combine(next, article.Source.File.Replace('/', Path.DirectorySeparatorChar));
        var lines = File.ReadAllLines(seed);
        var at = article.Source.Line - 1;
        Assert.Contains(article.Headline[..4], lines[at], StringComparison.Ordinal);
        var start = lines[at].Length - lines[at].TrimStart().Length;
        lines[at] = lines[at][..start] + Fix + lines[at][start..];
        File.WriteAllLines(seed, lines);

        var tool = DotNet.Run(packages.SourceCopy, ["run", "--project", "tools/public-api", "-c", "Release", "--", "--content", next], packages.PackagesFolder);
        output.WriteLine(tool.ToString());
        tool.EnsureSuccess();
        Assert.Contains($"renamed: Articles.{member} -> Articles.", tool.Output, StringComparison.Ordinal);
        Assert.Contains($"Articles.{member} -> Articles.", File.ReadAllText(Path.Combine(next, "ContentRenames.txt")), StringComparison.Ordinal);

        var nextVersion = NextPatch(packages.Version);
        DotNet.Run(packages.SourceCopy, ["pack", next, "-c", "Release", "-o", packages.Feed, "-p:Version=" + nextVersion], packages.PackagesFolder).EnsureSuccess();

        app.AddPackage(PackedPackages.ContentId, nextVersion).EnsureSuccess();
        var after = app.Build().EnsureSuccess();
        output.WriteLine(app.StepSummary());
        Assert.Contains("warning CS0618", after.Output, StringComparison.Ordinal);
        Assert.Contains($"Articles.{member} was renamed to Articles.", after.Output, StringComparison.Ordinal);
        var printed = app.Run().EnsureSuccess().Output;
        Assert.Contains("member: " + Fix + article.Headline, printed, StringComparison.Ordinal);
        Assert.Contains("constant: " + Fix + article.Headline, printed, StringComparison.Ordinal);
    }

    private static string NextPatch(string version)
    {
        var parsed = Version.Parse(version);
        return new Version(parsed.Major, parsed.Minor, parsed.Build + 1).ToString();
    }
}
