namespace NewsContent.Generator.Model;

/// <summary>What linking across pages needs of one article: its id, its titles (headline, then decks) and its continuation marks.</summary>
/// <param name="ContinuedOn">The page of its 下转 mark, in its page's section when the mark prints no letter; or null.</param>
/// <param name="ContinuedFrom">The page of its 上接 mark, likewise; or null.</param>
internal sealed record ArticleMark(string Id, EquatableArray<string> Titles, PageLabel? ContinuedOn, PageLabel? ContinuedFrom);

/// <summary>
/// One seed as a page of an issue, and nothing else (no paragraphs, no spans): a paragraph edit leaves it equal, so
/// the issue's links stay cached.
/// </summary>
/// <param name="Id">The page's id (the seed's relative path without extension).</param>
/// <param name="Date">The issue's date, yyyy-MM-dd, or null when the seed has no valid PublishedOn.</param>
/// <param name="Label">The page's section letter and number, or null when neither the item nor the furniture gives one.</param>
internal sealed record PageSummary(string Id, string? Paper, string? Date, PageLabel? Label, EquatableArray<ArticleMark> Articles);

/// <summary>The pages of one issue (one paper, one date), in page order.</summary>
internal sealed record IssuePages(string? Paper, string? Date, EquatableArray<PageSummary> Pages);

/// <summary>An article continued (下转) in another on a later page (上接).</summary>
internal sealed record ContinuationLink(string FromId, string ToId);

/// <summary>An issue with its continuations linked; <paramref name="ClassName"/> names its generated shard.</summary>
internal sealed record LinkedIssue(string ClassName, IssuePages Issue, EquatableArray<ContinuationLink> Links);
