using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Tests.Generator;

/// <summary>The people directory in shards: each person in exactly one, by a hash of the member name, keeping their place.</summary>
public sealed class PeopleShardTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(2000, 1)]
    [InlineData(2001, 2)]
    [InlineData(10_000, 8)]
    [InlineData(1_000_000, 64)]
    public void ShardCount_GrowsByDoublingWithTheDirectory(int people, int shards) =>
        Assert.Equal(shards, PeopleShards.CountFor(people));

    [Fact]
    public void EveryPerson_IsInOneShard_AtTheirPlace()
    {
        var directory = Enumerable.Range(0, 10_000).Select(i => Person("Ren" + i)).ToEquatableArray();

        var shards = PeopleShards.Of(directory);

        Assert.Equal(8, shards.Length);
        var placed = shards.SelectMany(s => s.Order.Zip(s.People)).OrderBy(p => p.First).ToList();
        Assert.Equal(Enumerable.Range(0, 10_000), placed.Select(p => p.First));
        Assert.All(placed, p => Assert.Same(directory[p.First], p.Second));
        Assert.All(shards, s => Assert.InRange(s.People.Count, 500, 2000));
    }

    [Fact]
    public void APersonAdded_LeavesTheOtherShardsEqual()
    {
        var before = PeopleShards.Of(Enumerable.Range(0, 3000).Select(i => Person("Ren" + i)).ToEquatableArray());
        var after = PeopleShards.Of(Enumerable.Range(0, 3000).Select(i => Person("Ren" + i)).Append(Person("XinRen")).ToEquatableArray());

        Assert.Equal(before.Length, after.Length);
        Assert.Equal(1, before.Zip(after).Count(pair => pair.First != pair.Second));
    }

    private static NamedPerson Person(string member) =>
        new(member, "王" + member, EquatableArray<string>.Empty, new[] { "seeds/page#A1" }.ToEquatableArray(), EquatableArray<string>.Empty, null, "seeds/page.txt");
}
