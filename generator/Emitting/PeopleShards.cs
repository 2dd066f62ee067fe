using System.Collections.Immutable;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// Part of the people directory, written as one file: the people whose member name falls in it (by a hash of the
/// name, so a person stays in their shard as others come and go), with each one's place in the directory's order.
/// </summary>
/// <param name="Number">The shard's number, from 0.</param>
/// <param name="Order">Each person's place in <c>Catalog.People</c> (order of first appearance).</param>
/// <param name="People">The people, in directory order.</param>
internal sealed record PeopleShard(int Number, EquatableArray<int> Order, EquatableArray<NamedPerson> People)
{
    public string ClassName => PeopleShards.ClassName(Number);
}

/// <summary>
/// The people directory in files of about <see cref="PeoplePerShard"/> people: one seed's new person re-renders one
/// small file, not a file of every person, and the catalog, which only joins the shards, depends on their names only.
/// The number of shards is a power of two that grows with the directory (1 up to 2,000 people, 64 at most); when it
/// changes, every person moves, which costs what a first run costs, once per doubling.
/// </summary>
internal static class PeopleShards
{
    public const int PeoplePerShard = 2000;

    public const int MaxCount = 64;

    public static string ClassName(int number) => "PeopleShard" + number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static ImmutableArray<PeopleShard> Of(EquatableArray<NamedPerson> directory)
    {
        var count = CountFor(directory.Count);
        var shards = Enumerable.Range(0, count).Select(_ => (Order: ImmutableArray.CreateBuilder<int>(), People: ImmutableArray.CreateBuilder<NamedPerson>())).ToArray();
        for (var i = 0; i < directory.Count; i++)
        {
            var shard = shards[Key(directory[i].Member, count)];
            shard.Order.Add(i);
            shard.People.Add(directory[i]);
        }

        return shards.Select((s, number) => new PeopleShard(number, s.Order.ToEquatableArray(), s.People.ToEquatableArray()))
            .Where(shard => shard.People.Count > 0).ToImmutableArray();
    }

    public static int CountFor(int people)
    {
        var count = 1;
        while (count < MaxCount && count * PeoplePerShard < people)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>FNV-1a of the member name: the same on every machine and run (string.GetHashCode is not).</summary>
    private static int Key(string member, int count)
    {
        var hash = 2166136261u;
        foreach (var c in member)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % (uint)count);
    }
}
