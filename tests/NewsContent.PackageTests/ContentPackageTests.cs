using System.Text.Json;
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

    /// <summary>
    /// The design seed read through the packed package in a fresh app, scored against its gold: every article (6/6, none
    /// extra), every meeting (4/4, none extra) with its chair and date, and figures and people at F1 1.00.
    /// </summary>
    [Fact]
    public void PackedContentMatchesTheDesignSeedGold()
    {
        var lines = packages.ContentConsumer.Run().EnsureSuccess().Output.Split('\n').Select(l => l.TrimEnd('\r').Split('\t')).ToList();
        string[][] Items(string kind) => lines.Where(l => l.Length > 1 && l[0] == kind).ToArray();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "gold", "000_267acecd1d091097.json")));
        var root = gold.RootElement;

        var headlines = Items("A").Select(a => Squash(a[1])).ToList();
        foreach (var article in root.GetProperty("articles").EnumerateArray())
        {
            var forms = Strings(article, "headline", "headline_alternatives", "raw_headline_lines").Select(Squash).ToHashSet();
            Assert.True(headlines.RemoveAll(forms.Contains) == 1, "article not found once: " + article.GetProperty("headline").GetString());
        }

        Assert.Empty(headlines);

        var meetings = Items("M").ToList();
        foreach (var meeting in root.GetProperty("meetings").EnumerateArray())
        {
            var names = Strings(meeting, "name", "aliases").Select(Squash).ToHashSet();
            var found = Assert.Single(meetings, m => names.Contains(Squash(m[1])));
            Assert.Equal(meeting.GetProperty("date").GetString(), found[2]);
            Assert.Equal(meeting.GetProperty("chair").GetString(), found[3]);
            meetings.Remove(found);
        }

        Assert.Empty(meetings);

        // Figures by value and unit, people by name; optional gold items neither count for nor against.
        AssertExactly(root, "figures", f => f.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + f.GetProperty("unit").GetString() : null,
            Items("F").Select(f => decimal.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + f[2]));
        AssertExactly(root, "people", p => p.GetProperty("name").GetString(), Items("P").Select(p => p[1]));
    }

    private static void AssertExactly(JsonElement root, string category, Func<JsonElement, string?> key, IEnumerable<string> extracted)
    {
        var left = extracted.ToList();
        var optional = new List<string>();
        foreach (var item in root.GetProperty(category).EnumerateArray())
        {
            var k = key(item);
            if (item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True)
            {
                optional.Add(k ?? string.Empty);
            }
            else
            {
                Assert.True(left.Remove(k!), $"{category}: gold item {k} not in the packed content");
            }
        }

        left.RemoveAll(e => optional.Remove(e));
        Assert.True(left.Count == 0, $"{category} the gold does not have: " + string.Join(", ", left));
    }

    private static IEnumerable<string> Strings(JsonElement item, params string[] names) =>
        names.SelectMany(n => !item.TryGetProperty(n, out var v) ? Enumerable.Empty<string>()
            : v.ValueKind == JsonValueKind.String ? new[] { v.GetString()! }
            : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => e.GetString()!) : Enumerable.Empty<string>());

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
