using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming;

/// <summary>A page with the C# member name of each of its items (same order as the page's lists).</summary>
/// <param name="SeedClass">The identifier of the seed's own generated class, from its relative path.</param>
internal sealed record NamedPage(
    PageModel Page,
    string SeedClass,
    EquatableArray<string> ArticleMembers,
    EquatableArray<string> MeetingMembers,
    EquatableArray<string> FigureMembers,
    EquatableArray<SeedIssue> Issues);

/// <summary>One member renamed because another seed already uses its name; the seed is known by its file path.</summary>
internal sealed record MemberRename(string FilePath, string Kind, int Index, string From, string To);
