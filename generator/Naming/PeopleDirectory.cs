using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>One seed's people, trimmed to what the directory needs: no spans, so an edit that moves text leaves it equal.</summary>
/// <param name="FilePath">Tells apart seeds that share a relative path, in the order cross-seed naming gives them (<see cref="CrossSeedNames"/>).</param>
internal sealed record SeedPeople(string RelativePath, string FilePath, EquatableArray<SeedPerson> People);

/// <summary>A person as one seed knows them, with the ids of their articles and meetings.</summary>
internal sealed record SeedPerson(string Name, EquatableArray<string> Titles, EquatableArray<string> ArticleIds, EquatableArray<string> MeetingIds);

/// <summary>A person across all seeds: one entry per name, with every title, article and meeting.</summary>
/// <param name="WantedMember">The member name the person would have had, when another member took it first; else null.</param>
/// <param name="FirstSeed">The relative path of the first seed (in path order) that names the person.</param>
internal sealed record NamedPerson(string Member, string Name, EquatableArray<string> Titles, EquatableArray<string> ArticleIds, EquatableArray<string> MeetingIds,
    string? WantedMember, string FirstSeed);

/// <summary>A person whose wanted member name another person took: the seed that names them first reports it.</summary>
internal sealed record PersonCollision(string FirstSeed, string Name, string WantedMember, string Member);

/// <summary>Merges the people of every page by name and gives each one member name.</summary>
internal static class PeopleDirectory
{
    /// <summary>
    /// A seed's people from its page named on its own: neither the people nor their ids depend on the renames across
    /// seeds, so the directory is built beside that step, not after it (see the generator's wiring for why it matters).
    /// </summary>
    public static SeedPeople Of(string filePath, NamedPage page)
    {
        var path = page.Page.RelativePath;
        return new SeedPeople(path, filePath, page.Page.People
            .Select(p => new SeedPerson(p.Name, p.Titles, p.Articles.Select(n => ContentIds.Article(path, n)).ToEquatableArray(),
                p.Meetings.Select(n => ContentIds.Meeting(path, n)).ToEquatableArray()))
            .ToEquatableArray());
    }

    /// <summary>A single page's people: with no other seed there is no tie to break.</summary>
    public static SeedPeople Of(NamedPage page) => Of(page.Page.RelativePath, page);

    public static EquatableArray<NamedPerson> Build(IEnumerable<SeedPeople> seeds, IdentifierStyle style)
    {
        var order = new List<string>();
        var first = new Dictionary<string, string>();
        var titles = new Dictionary<string, List<string>>();
        var articles = new Dictionary<string, List<string>>();
        var meetings = new Dictionary<string, List<string>>();
        foreach (var seed in seeds.OrderBy(p => p.RelativePath, System.StringComparer.Ordinal).ThenBy(p => p.FilePath, System.StringComparer.Ordinal))
        {
            foreach (var person in seed.People)
            {
                if (!titles.ContainsKey(person.Name))
                {
                    order.Add(person.Name);
                    first[person.Name] = seed.RelativePath;
                    titles[person.Name] = new List<string>();
                    articles[person.Name] = new List<string>();
                    meetings[person.Name] = new List<string>();
                }

                AddAll(titles[person.Name], person.Titles);
                AddAll(articles[person.Name], person.ArticleIds);
                AddAll(meetings[person.Name], person.MeetingIds);
            }
        }

        var names = new UniqueNames(MemberClasses.Person);
        return order.Select(name =>
        {
            var wanted = IdentifierNamer.Create(name, style, 8, personName: true, fallback: "Person");
            var member = names.Claim(wanted, out var collided);
            return new NamedPerson(member, name, titles[name].ToEquatableArray(), articles[name].ToEquatableArray(), meetings[name].ToEquatableArray(),
                collided ? wanted : null, first[name]);
        }).ToEquatableArray();
    }

    /// <summary>
    /// The people whose member name another person took, each with the seed that names them first: usually none or a
    /// few, so the per-seed issue step compares this short list, not the whole directory, when a page's people change.
    /// </summary>
    public static EquatableArray<PersonCollision> Collisions(EquatableArray<NamedPerson> directory) =>
        directory.Where(person => person.WantedMember is not null)
            .Select(person => new PersonCollision(person.FirstSeed, person.Name, person.WantedMember!, person.Member))
            .ToEquatableArray();

    /// <summary>CONTENT006 for each person this page names first whose member name another person took: at the person's first mention.</summary>
    public static IEnumerable<SeedIssue> IssuesOf(NamedPage page, EquatableArray<PersonCollision> collisions)
    {
        var path = page.Page.RelativePath;
        foreach (var collision in collisions)
        {
            if (collision.FirstSeed == path && page.Page.People.FirstOrDefault(p => p.Name == collision.Name) is { } mention)
            {
                yield return SeedIssue.IdentifierCollision(mention.Source, path, "person", collision.Name, collision.WantedMember, collision.Member);
            }
        }
    }

    private static void AddAll(List<string> into, IEnumerable<string> items)
    {
        // Titles are few, but an archive person's article ids run into the thousands: a set keeps the merge linear.
        var seen = new HashSet<string>(into, System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                into.Add(item);
            }
        }
    }
}
