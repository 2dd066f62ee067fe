using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>
/// Resolves names that two seeds both claim. The seed first in path order keeps the name; the others get
/// their seed's name appended. Only colliding seeds are touched, so unrelated seeds never rename anything.
/// Seeds are told apart by file path, not by their relative path: two files can carry the same SeedPath
/// (a copied item, a hand-written SeedPath), and each still needs a class and a generated file of its own.
/// </summary>
internal static class CrossSeedNames
{
    public static EquatableArray<MemberRename> Resolve(IEnumerable<SeedMembers> seeds)
    {
        var renames = new List<MemberRename>();
        var ordered = seeds
            .OrderBy(p => p.RelativePath, StringComparer.Ordinal)
            .ThenBy(p => p.FilePath, StringComparer.Ordinal)
            .ToList();

        // Two paths can spell the same class name (新闻.txt and 新文.txt both read XinWen): the later one is qualified by a hash of its path.
        var seedClasses = new UniqueNames();
        foreach (var page in ordered)
        {
            seedClasses.Claim(page.SeedClass, out var clash);
            if (clash)
            {
                renames.Add(new MemberRename(page.FilePath, MemberKind.Seed, 0, page.SeedClass, seedClasses.Claim(page.SeedClass + "_" + StableHash.Of(page.RelativePath), out _)));
            }
        }

        foreach (var (kind, select) in new (MemberKind, Func<SeedMembers, EquatableArray<string>>)[]
        {
            (MemberKind.Article, p => p.Articles), (MemberKind.Meeting, p => p.Meetings), (MemberKind.Figure, p => p.Figures),
        })
        {
            var taken = new UniqueNames(MemberClasses.OfSeeds);
            foreach (var page in ordered)
            {
                var file = page.FilePath;
                var members = select(page);
                for (var i = 0; i < members.Count; i++)
                {
                    var name = members[i];
                    if (name.Length == 0)
                    {
                        continue; // a number inside a name has no member
                    }

                    taken.Claim(name, out var collided);
                    if (collided)
                    {
                        var qualified = taken.Claim(name + "_" + page.SeedClass.Substring("Seed_".Length), out _);
                        renames.Add(new MemberRename(file, kind, i, name, qualified));
                    }
                }
            }
        }

        // Grouped by file (a stable sort keeps each file's own order) so each page finds its renames by binary search:
        // an archive of a thousand pages must not scan every rename once per page.
        return renames.OrderBy(r => r.FilePath, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>The index of the first rename of <paramref name="filePath"/> in renames sorted by file path.</summary>
    private static int FirstOf(EquatableArray<MemberRename> renames, string filePath)
    {
        int lo = 0, hi = renames.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(renames[mid].FilePath, filePath) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The page with its renames applied and reported.</summary>
    public static NamedPage Apply(string filePath, NamedPage page, EquatableArray<MemberRename> renames)
    {
        var mine = new List<MemberRename>();
        for (var i = FirstOf(renames, filePath); i < renames.Count && renames[i].FilePath == filePath; i++)
        {
            mine.Add(renames[i]);
        }

        if (mine.Count == 0)
        {
            return page;
        }

        var seedClass = page.SeedClass;
        var articles = page.ArticleMembers.ToArray();
        var meetings = page.MeetingMembers.ToArray();
        var figures = page.FigureMembers.ToArray();
        var issues = page.Issues.ToList();
        foreach (var rename in mine)
        {
            if (rename.Kind == MemberKind.Seed)
            {
                seedClass = rename.To;
                continue;
            }

            var (target, span) = rename.Kind switch
            {
                MemberKind.Article => (articles, page.Page.Articles[rename.Index].Source),
                MemberKind.Meeting => (meetings, page.Page.Meetings[rename.Index].Source),
                _ => (figures, page.Page.Figures[rename.Index].Source),
            };
            target[rename.Index] = rename.To;
            issues.Add(SeedIssue.IdentifierCollision(span, page.Page.RelativePath, rename.Kind.ToString().ToLowerInvariant(), rename.From, rename.From, rename.To));
        }

        return page with
        {
            SeedClass = seedClass,
            ArticleMembers = new EquatableArray<string>(articles),
            MeetingMembers = new EquatableArray<string>(meetings),
            FigureMembers = new EquatableArray<string>(figures),
            Issues = issues.ToEquatableArray(),
        };
    }
}
