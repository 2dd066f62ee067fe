namespace NewsContent.Generator.Model;

/// <summary>What linking across pages needs of one article: its id, its titles (headline, then decks) and its continuation marks.</summary>
internal sealed record ArticleMark(string Id, EquatableArray<string> Titles, int? ContinuedOnPage, int? ContinuedFromPage);

/// <summary>
/// One seed as a page of an issue, and nothing else (no paragraphs, no spans): a paragraph edit leaves it equal, so
/// the issue's links stay cached.
/// </summary>
/// <param name="Id">The page's id (the seed's relative path without extension).</param>
/// <param name="Date">The issue's date, yyyy-MM-dd, or null when the seed has no valid PublishedOn.</param>
internal sealed record PageSummary(string Id, string? Paper, string? Date, int? Number, EquatableArray<ArticleMark> Articles);

/// <summary>The pages of one issue (one paper, one date), in page order.</summary>
internal sealed record IssuePages(string? Paper, string? Date, EquatableArray<PageSummary> Pages);

/// <summary>An article continued (下转) in another on a later page (上接).</summary>
internal sealed record ContinuationLink(string FromId, string ToId);

/// <summary>An issue with its continuations linked; <paramref name="ClassName"/> names its generated shard.</summary>
internal sealed record LinkedIssue(string ClassName, IssuePages Issue, EquatableArray<ContinuationLink> Links);
