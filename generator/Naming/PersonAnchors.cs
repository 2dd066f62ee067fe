using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>Where a seed first names a person: what go to definition on <c>People.X</c> opens.</summary>
internal readonly record struct PersonAnchor(string Name, SourceSpan Span);

/// <summary>
/// One seed's first mentions, kept apart from <see cref="SeedPeople"/> (which has no spans, so an edit that moves text
/// leaves the directory cached): only the people shards read these, so moving a name re-emits its shard, nothing more.
/// </summary>
/// <param name="Path">The seed's full path, as a <c>#line</c> directive names it.</param>
internal sealed record SeedPersonAnchors(string RelativePath, string Path, EquatableArray<PersonAnchor> People)
{
    public static SeedPersonAnchors Of(string path, NamedPage page) =>
        new(page.Page.RelativePath, path, page.Page.People.Select(p => new PersonAnchor(p.Name, p.Source)).ToEquatableArray());
}

/// <summary>A person's first mention in the seed that names them first; <see cref="None"/> when no seed places them.</summary>
internal readonly record struct PersonSource(string Path, SourceSpan Span)
{
    public static PersonSource None => new(string.Empty, SourceSpan.None);

    public bool IsNone => Path.Length == 0;
}

/// <summary>
/// Every seed's first mentions, looked up by the seed a directory entry names first. It compares by reference on
/// purpose: it is rebuilt only when some seed's anchors changed, and each shard's own list of sources (compared by
/// value) is what decides whether that shard re-renders. Built whole and never changed after, so runs that share it
/// (the IDE forks drivers) may read it at once.
/// </summary>
internal sealed class PersonAnchorIndex
{
    private readonly Dictionary<(string Seed, string Name), PersonSource> sources;

    private PersonAnchorIndex(Dictionary<(string Seed, string Name), PersonSource> sources) => this.sources = sources;

    public static PersonAnchorIndex Of(ImmutableArray<SeedPersonAnchors> seeds)
    {
        var sources = new Dictionary<(string Seed, string Name), PersonSource>();
        foreach (var seed in seeds)
        {
            foreach (var anchor in seed.People)
            {
                // Two seeds with one relative path (a duplicate item) cannot be told apart by the directory either: the first stays.
                var key = (seed.RelativePath, anchor.Name);
                if (!sources.ContainsKey(key))
                {
                    sources.Add(key, new PersonSource(seed.Path, anchor.Span));
                }
            }
        }

        return new PersonAnchorIndex(sources);
    }

    /// <summary>The first mention of each person, in the order given.</summary>
    public EquatableArray<PersonSource> SourcesOf(IReadOnlyList<NamedPerson> people) =>
        people.Select(person => sources.TryGetValue((person.FirstSeed, person.Name), out var source) ? source : PersonSource.None).ToEquatableArray();
}
