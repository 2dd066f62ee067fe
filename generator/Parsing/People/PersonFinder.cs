using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

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

/// <summary>
/// Recognises people the way a reader does: a surname after an official title (市委书记张三), a name
/// before a title (李四省长), the rest of a 、-list that began with one, and bylines; then finds
/// every mention of the names so found.
/// </summary>
internal static class PersonFinder
{
    private const int MaxTitleLength = 24;
    private static readonly string[] OrganisationEnds = { "有限公司", "公司", "集团", "医院", "大学", "学校", "银行", "中心", "工厂" };
    private const string TitleStops = "的由是在和与及为对向把被让请同了将从于着说讲";

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
                Get(name, article.Paragraphs.Count > 0 ? article.Paragraphs[0].SeedOffset(0) : 0).Articles.Add(article.Number);
            }
        }

        // Every later mention counts, including names run together in a kicker line.
        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                foreach (var person in people)
                {
                    if (segment.Text.IndexOf(person.Name, StringComparison.Ordinal) >= 0)
                    {
                        person.Articles.Add(article.Number);
                    }
                }
            }
        }

        people.Sort((a, b) => a.SeedOffset.CompareTo(b.SeedOffset));
        return people;
    }

    /// <summary>Splits a run of known names with no separators (孙述涛殷鲁谦雷杰出席) into the names.</summary>
    public static List<string> SplitKnownNames(string text, int start, int end, IReadOnlyCollection<string> knownNames)
    {
        var names = new List<string>();
        var i = start;
        while (i < end)
        {
            string? best = null;
            foreach (var name in knownNames)
            {
                if (name.Length <= end - i && string.CompareOrdinal(text, i, name, 0, name.Length) == 0 && (best is null || name.Length > best.Length))
                {
                    best = name;
                }
            }

            if (best is null)
            {
                break;
            }

            names.Add(best);
            i += best.Length;
        }

        return names;
    }

    /// <summary>The length of a personal name starting at <paramref name="start"/>, or 0.</summary>
    public static int NameLengthAt(string text, int start)
    {
        if (start >= text.Length || !NameLexicon.IsSurnameAt(text, start, out var surname))
        {
            return 0;
        }

        for (var given = 2; given >= 1; given--)
        {
            var length = surname + given;
            if (start + length > text.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = start + surname; k < start + length; k++)
            {
                ok &= NameLexicon.CanBeInGivenName(text[k]);
            }

            if (ok && NameLexicon.IsNameBoundary(text, start + length))
            {
                return length;
            }
        }

        return 0;
    }

    private static void FindInText(MappedText segment, int article, Func<string, int, FoundPerson> get)
    {
        var text = segment.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var title = NameLexicon.MatchTitleAt(text, i, NameLexicon.TitleWords);
            if (title is null)
            {
                continue;
            }

            var titleEnd = i + title.Length;
            var nameLength = NameLengthAt(text, titleEnd);
            if (nameLength > 0)
            {
                var titles = TitlesBefore(text, titleEnd);
                var name = text.Substring(titleEnd, nameLength);
                var person = get(name, segment.SeedOffset(titleEnd));
                person.Articles.Add(article);
                foreach (var t in titles)
                {
                    person.AddTitle(t);
                }

                // 市领导张三、李四、王五等: the title covers the whole list.
                var next = titleEnd + nameLength;
                while (next < text.Length && text[next] == '、')
                {
                    var listed = NameLengthAt(text, next + 1);
                    if (listed == 0)
                    {
                        break;
                    }

                    var other = get(text.Substring(next + 1, listed), segment.SeedOffset(next + 1));
                    other.Articles.Add(article);
                    other.AddTitle(titles.Count > 0 ? titles[titles.Count - 1] : null);
                    next += 1 + listed;
                }

                i = next - 1;
                continue;
            }

            var trailing = NameLexicon.MatchTitleAt(text, i, NameLexicon.TrailingTitleWords);
            if (trailing is not null && (i == 0 || NameLexicon.MatchTitleAt(text, i - 1, NameLexicon.TrailingTitleWords) is null))
            {
                var before = NameBefore(text, i);
                if (before > 0)
                {
                    var person = get(text.Substring(i - before, before), segment.SeedOffset(i - before));
                    person.Articles.Add(article);
                    person.AddTitle(trailing);
                }
            }

            i = titleEnd - 1;
        }
    }

    /// <summary>A name that ends right before a trailing title (李四省长): length, or 0.</summary>
    private static int NameBefore(string text, int titleStart)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = titleStart - length;
            if (start < 0 || !NameLexicon.IsSurnameAt(text, start, out var surname) || surname >= length)
            {
                continue;
            }

            var ok = true;
            for (var k = start + surname; k < titleStart; k++)
            {
                ok &= NameLexicon.CanBeInGivenName(text[k]);
            }

            if (ok)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The titles printed before a name: 市委书记、市…领导小组组长张三 gives both, in text order.</summary>
    private static List<string> TitlesBefore(string text, int nameStart)
    {
        var titles = new List<string>();
        var end = nameStart;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && end - start < MaxTitleLength && Hanzi.IsHanzi(text[start - 1]) && TitleStops.IndexOf(text[start - 1]) < 0)
            {
                start--;
            }

            var run = text.Substring(start, end - start);
            foreach (var organisation in OrganisationEnds)
            {
                var at = run.LastIndexOf(organisation, StringComparison.Ordinal);
                if (at >= 0)
                {
                    run = run.Substring(at + organisation.Length);
                    break;
                }
            }

            if (run.Length == 0 || !EndsWithTitle(run))
            {
                break;
            }

            titles.Insert(0, run);
            if (start > 0 && text[start - 1] == '、')
            {
                end = start - 1;
            }
            else
            {
                break;
            }
        }

        return titles;
    }

    private static bool EndsWithTitle(string run)
    {
        foreach (var title in NameLexicon.TitleWords)
        {
            if (run.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
