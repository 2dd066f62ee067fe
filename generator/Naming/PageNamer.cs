using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>Names a page's items. Depends on the page alone, so a name never changes because another seed did.</summary>
internal static class PageNamer
{
    private const int ArticleSyllables = 8;
    private const int MeetingSyllables = 10;
    private const int CountsSyllables = 4;

    public static NamedPage Name(PageModel page, IdentifierStyle style)
    {
        var issues = new List<SeedIssue>();
        var articles = Claim(page, "article", page.Articles.Select(a =>
            IdentifierNamer.Create(a.Headline.Length > 0 ? a.Headline : (a.Paragraphs.Count > 0 ? a.Paragraphs[0] : string.Empty), style, ArticleSyllables, fallback: "Article")), issues, MemberClasses.Article);
        var meetings = Claim(page, "meeting", page.Meetings.Select(m => IdentifierNamer.Create(m.Name, style, MeetingSyllables, fallback: "Meeting")), issues, MemberClasses.Meeting);
        // A number inside a name gets no member (it is not one of Figures), so it claims no name and never collides.
        var figures = Claim(page, "figure", page.Figures.Select(f => f.Kind == FigureKind.Quantity ? FigureName(f, style) : string.Empty), issues, MemberClasses.Figure);
        return new NamedPage(page, SeedClassName(page.RelativePath), articles, meetings, figures, issues.ToEquatableArray());
    }

    public static string FigureName(FigureModel figure, IdentifierStyle style)
    {
        var counts = IdentifierNamer.Create(figure.Counts, style, CountsSyllables, fallback: "Figure");
        var unit = figure.Unit switch
        {
            "%" or "％" => "Pct",
            "‰" => "Permille",
            "‱" => "Permyriad",
            _ => IdentifierNamer.Create(figure.Unit, style, 3, fallback: string.Empty),
        };
        return counts + "_" + figure.Value.Replace('.', '_').Replace('-', 'M') + unit;
    }

    public static string SeedClassName(string relativePath)
    {
        var stem = relativePath;
        var dot = stem.LastIndexOf('.');
        if (dot > stem.LastIndexOf('/'))
        {
            stem = stem.Substring(0, dot);
        }

        return "Seed_" + IdentifierNamer.Create(stem, IdentifierStyle.Pinyin, 64, fallback: "Page").TrimStart('_', '@');
    }

    private static EquatableArray<string> Claim(PageModel page, string kind, IEnumerable<string> wanted, List<SeedIssue> issues, string[] containers)
    {
        var names = new UniqueNames(containers);
        var result = new List<string>();
        var index = 0;
        foreach (var name in wanted)
        {
            if (name.Length == 0)
            {
                result.Add(name);
                index++;
                continue;
            }

            var claimed = names.Claim(name, out var collided);
            if (collided)
            {
                issues.Add(SeedIssue.IdentifierCollision(SourceOf(page, kind, index), page.RelativePath, kind, name, name, claimed));
            }

            result.Add(claimed);
            index++;
        }

        return result.ToEquatableArray();
    }

    private static SourceSpan SourceOf(PageModel page, string kind, int index) => kind switch
    {
        "article" => page.Articles[index].Source,
        "meeting" => page.Meetings[index].Source,
        _ => page.Figures[index].Source,
    };
}
