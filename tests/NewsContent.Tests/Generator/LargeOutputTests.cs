using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Tests.Generator;

/// <summary>An archive's people shard passes a megabyte; the renderer must write all of it (Scriban cuts strings at 1 MB by default).</summary>
public sealed class LargeOutputTests
{
    [Fact]
    public void PeopleShardOverOneMegabyte_IsRenderedWhole()
    {
        var people = Enumerable.Range(0, 12_000)
            .Select(i => new NamedPerson("Person" + i, "人物" + i, new[] { "市长" }.ToEquatableArray(), new[] { "archive/page#A1", "archive/page#A" + i }.ToEquatableArray(), EquatableArray<string>.Empty, null, "archive/page.txt"))
            .ToEquatableArray();
        var shard = new PeopleShard(0, Enumerable.Range(0, people.Count).ToEquatableArray(), people);

        var source = TemplateRenderer.RenderPeople(ViewBuilder.People(shard, "NewsContent"));

        Assert.True(source.Length > 1 << 20, $"Only {source.Length} characters: the test no longer passes the 1 MB mark.");
        Assert.DoesNotContain("...", source, StringComparison.Ordinal);
        Assert.Contains("        Person11999 = \"人物11999\";", source, StringComparison.Ordinal);
        Assert.EndsWith("}\n", source, StringComparison.Ordinal);
    }
}
