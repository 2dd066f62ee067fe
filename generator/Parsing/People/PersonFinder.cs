using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Recognises people the way a reader does (the <see cref="PersonRules"/>: a surname after an official title, a name
/// before a title, a 、-list, a speaker, an age) and bylines; then names run together in kicker lines; then finds
/// every mention of the names so found.
/// </summary>
internal static class PersonFinder
{
    public static List<FoundPerson> Find(IReadOnlyList<ArticleText> articles)
    {
        var people = new List<FoundPerson>();
        var byName = new Dictionary<string, FoundPerson>(StringComparer.Ordinal);

        FoundPerson Get(string name, int seedOffset)
        {
            if (!byName.TryGetValue(name, out var person))
            {
                person = new FoundPerson(name, seedOffset);
                byName.Add(name, person);
                people.Add(person);
            }

            return person;
        }

        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                FindInText(segment, article.Number, Get);
            }

            foreach (var name in article.BylineNames)
            {
                if (!PersonNames.IsNameShaped(name))
                {
                    continue;
                }

                Get(name, article.Paragraphs.Count > 0 ? article.Paragraphs[0].SeedOffset(0) : 0).Articles.Add(article.Number);
            }
        }

        // Names run together before a shared verb in a kicker or deck line.
        var known = new HashSet<string>(byName.Keys, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                foreach (var (at, length) in RunTogetherNames.Find(segment.Text, known))
                {
                    Get(segment.Text.Substring(at, length), segment.SeedOffset(at)).Articles.Add(article.Number);
                }
            }
        }

        // Names listed next to a name the page already read (王立新、陈海和刘成).
        known.UnionWith(byName.Keys);
        var byFirst = new Dictionary<char, List<string>>();
        foreach (var name in known)
        {
            if (!byFirst.TryGetValue(name[0], out var group))
            {
                byFirst.Add(name[0], group = new List<string>());
            }

            group.Add(name);
        }

        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                foreach (var (at, length) in ListedWithKnownNames.Find(segment.Text, known, byFirst))
                {
                    Get(segment.Text.Substring(at, length), segment.SeedOffset(at)).Articles.Add(article.Number);
                }
            }
        }

        CountMentions(articles, people);
        people.Sort((a, b) => a.SeedOffset.CompareTo(b.SeedOffset));
        return people;
    }

    /// <summary>Tries the rules in order at each position; the first that applies says where reading resumes.</summary>
    private static void FindInText(MappedText segment, int article, Func<string, int, FoundPerson> get)
    {
        var text = segment.Text;
        FoundPerson Mention(int at, int length, int seedAt)
        {
            var person = get(text.Substring(at, length), segment.SeedOffset(seedAt));
            person.Articles.Add(article);
            return person;
        }

        var rules = PersonRules.InOrder;
        var i = 0;
        while (i < text.Length)
        {
            // Most characters open no rule's pattern (punctuation, digits, most hanzi): one array read skips them.
            var opened = i == 0 ? PersonRules.AllRules : PersonRules.OpenedBy(text[i]);
            int? next = null;
            for (var r = 0; opened != 0 && r < rules.Count; r++)
            {
                if ((opened & (1 << r)) != 0 && (next = rules[r].Apply(text, i, Mention)) is not null)
                {
                    break;
                }
            }

            i = next ?? i + 1;
        }
    }

    /// <summary>
    /// Every later mention counts, including names run together in a kicker line. One pass over the text, with
    /// the names grouped by their first character, keeps this linear however many people a page names.
    /// </summary>
    private static void CountMentions(IReadOnlyList<ArticleText> articles, List<FoundPerson> people)
    {
        var byFirst = new Dictionary<char, List<FoundPerson>>();
        foreach (var person in people)
        {
            if (!byFirst.TryGetValue(person.Name[0], out var group))
            {
                byFirst.Add(person.Name[0], group = new List<FoundPerson>());
            }

            group.Add(person);
        }

        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                var text = segment.Text;
                for (var i = 0; i < text.Length; i++)
                {
                    if (byFirst.TryGetValue(text[i], out var group))
                    {
                        foreach (var person in group)
                        {
                            if (string.CompareOrdinal(text, i, person.Name, 0, person.Name.Length) == 0)
                            {
                                person.Articles.Add(article.Number);
                            }
                        }
                    }
                }
            }
        }
    }
}
