using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.People;

/// <summary>A person found on a page: name, titles in order of appearance, the articles that name them.</summary>
internal sealed class FoundPerson
{
    public FoundPerson(string name, int seedOffset)
    {
        Name = name;
        SeedOffset = seedOffset;
    }

    public string Name { get; }

    public int SeedOffset { get; }

    public List<string> Titles { get; } = new();

    public SortedSet<int> Articles { get; } = new();

    public void AddTitle(string? title)
    {
        if (!string.IsNullOrEmpty(title) && !Titles.Contains(title!))
        {
            Titles.Add(title!);
        }
    }
}
