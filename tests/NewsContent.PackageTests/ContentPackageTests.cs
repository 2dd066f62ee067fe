using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>`dotnet new console` + `dotnet add package NewsContent`: typed members compile and run, and the
/// consumer gets no generator.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class ContentPackageTests(PackedPackages packages, ITestOutputHelper output)
{
    [Fact]
    public void AppUsingArticlesAndMeetingsMembersBuildsAndRuns()
    {
        var app = packages.ContentConsumer;

        var run = app.Run().EnsureSuccess();
        output.WriteLine(app.StepSummary());

        var article = ContentMembers.Articles[0].Value;
        var meeting = ContentMembers.Meetings[0].Value;
        Assert.Contains("article: " + article.Headline, run.Output, StringComparison.Ordinal);
        Assert.Contains("meeting: " + meeting.Name, run.Output, StringComparison.Ordinal);
        Assert.Contains("articles in catalog: " + ContentMembers.Articles.Count, run.Output, StringComparison.Ordinal);

        var assets = File.ReadAllText(Path.Combine(app.Directory, "obj", "project.assets.json"));
        Assert.Contains($"\"{PackedPackages.ContentId}/{packages.Version}\"", assets, StringComparison.Ordinal);
        Assert.DoesNotContain(PackedPackages.GeneratorId, assets, StringComparison.Ordinal);
    }
}
