using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>A person across all seeds: one entry per name, with every title, article and meeting.</summary>
internal sealed record NamedPerson(string Member, string Name, EquatableArray<string> Titles, EquatableArray<string> ArticleIds, EquatableArray<string> MeetingIds);

/// <summary>Merges the people of every page by name and gives each one member name.</summary>
internal static class PeopleDirectory
{
    public static List<NamedPerson> Build(IEnumerable<NamedPage> pages, IdentifierStyle style)
    {
        var order = new List<string>();
        var titles = new Dictionary<string, List<string>>();
        var articles = new Dictionary<string, List<string>>();
        var meetings = new Dictionary<string, List<string>>();
        foreach (var page in pages.OrderBy(p => p.Page.RelativePath, System.StringComparer.Ordinal).ThenBy(p => p.SeedClass, System.StringComparer.Ordinal))
        {
            foreach (var person in page.Page.People)
            {
                if (!titles.ContainsKey(person.Name))
                {
                    order.Add(person.Name);
                    titles[person.Name] = new List<string>();
                    articles[person.Name] = new List<string>();
                    meetings[person.Name] = new List<string>();
                }

                AddAll(titles[person.Name], person.Titles);
                AddAll(articles[person.Name], person.Articles.Select(n => ContentIds.Article(page.Page.RelativePath, n)));
                AddAll(meetings[person.Name], person.Meetings.Select(n => ContentIds.Meeting(page.Page.RelativePath, n)));
            }
        }

        var names = new UniqueNames("People", "PersonNames");
        return order.Select(name => new NamedPerson(
            names.Claim(IdentifierNamer.Create(name, style, 8, personName: true, fallback: "Person"), out _),
            name,
            titles[name].ToEquatableArray(),
            articles[name].ToEquatableArray(),
            meetings[name].ToEquatableArray())).ToList();
    }

    private static void AddAll(List<string> into, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!into.Contains(item))
            {
                into.Add(item);
            }
        }
    }
}
