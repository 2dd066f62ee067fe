using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>A page with the C# member name of each of its items (same order as the page's lists).</summary>
/// <param name="FigureMembers">One per figure; empty for a number inside a name, which has no member.</param>
/// <param name="SeedClass">The identifier of the seed's own generated class, from its relative path.</param>
internal sealed record NamedPage(
    PageModel Page,
    string SeedClass,
    EquatableArray<string> ArticleMembers,
    EquatableArray<string> MeetingMembers,
    EquatableArray<string> FigureMembers,
    EquatableArray<SeedIssue> Issues);

/// <summary>What a member name belongs to.</summary>
internal enum MemberKind
{
    Seed,
    Article,
    Meeting,
    Figure,
}

/// <summary>One member renamed because another seed already uses its name; the seed is known by its file path.</summary>
internal sealed record MemberRename(string FilePath, MemberKind Kind, int Index, string From, string To);

/// <summary>
/// A seed's member names and nothing else: what naming across seeds needs. A paragraph edit that leaves the names
/// as they were leaves this equal, so the cross-seed step stays cached and compares names, not whole pages.
/// </summary>
internal sealed record SeedMembers(string FilePath, string RelativePath, string SeedClass, EquatableArray<string> Articles, EquatableArray<string> Meetings, EquatableArray<string> Figures)
{
    public static SeedMembers Of(string filePath, NamedPage page) =>
        new(filePath, page.Page.RelativePath, page.SeedClass, page.ArticleMembers, page.MeetingMembers, page.FigureMembers);
}
