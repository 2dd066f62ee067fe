using System.Globalization;

namespace NewsContent.Generator.Model;

/// <summary>A problem found in a seed, located in it; turned into a Roslyn diagnostic only at report time.</summary>
/// <param name="Id">The diagnostic id, e.g. CONTENT004.</param>
/// <param name="Arguments">Message arguments, in the order the descriptor's format expects.</param>
/// <remarks>
/// One constructor per id, each taking exactly what its message says (DiagnosticDescriptors), so an issue cannot be
/// raised with its arguments missing or out of order.
/// </remarks>
internal sealed record SeedIssue(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    /// <summary>CONTENT001: the seed is empty or whitespace.</summary>
    public static SeedIssue EmptySeed(string seed) => Create(IssueIds.EmptySeed, SourceSpan.None, seed);

    /// <summary>CONTENT002: bytes that do not decode as UTF-8, at the first of them.</summary>
    public static SeedIssue InvalidUtf8(SourceSpan at, string seed) => Create(IssueIds.InvalidUtf8, at, seed);

    /// <summary>CONTENT003: no article on the page.</summary>
    public static SeedIssue NoArticle(SourceSpan at, string seed) => Create(IssueIds.NoArticle, at, seed);

    /// <summary>CONTENT004: text that belongs to no article.</summary>
    public static SeedIssue TextOutsideArticles(SourceSpan at, string seed, string preview, int lines) =>
        Create(IssueIds.TextOutsideArticles, at, seed, preview, lines.ToString(CultureInfo.InvariantCulture));

    /// <summary>CONTENT005: a relative date and no publication date to resolve it.</summary>
    public static SeedIssue UnknownPublicationDate(SourceSpan at, string seed, string date) => Create(IssueIds.UnknownPublicationDate, at, seed, date);

    /// <summary>CONTENT006: a member name already taken; <paramref name="kind"/> is what the member stands for (article, person…).</summary>
    public static SeedIssue IdentifierCollision(SourceSpan at, string seed, string kind, string text, string wanted, string claimed) =>
        Create(IssueIds.IdentifierCollision, at, seed, kind, text, wanted, claimed);

    /// <summary>CONTENT007: the seed is over the size limit.</summary>
    public static SeedIssue SeedTooLarge(string seed, int length, int limit) =>
        Create(IssueIds.SeedTooLarge, SourceSpan.None, seed, length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture));

    /// <summary>CONTENT008: a line over the length limit.</summary>
    public static SeedIssue LineTooLong(SourceSpan at, string seed, int line, int length, int limit) =>
        Create(IssueIds.LineTooLong, at, seed, line.ToString(CultureInfo.InvariantCulture), length.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture));

    /// <summary>CONTENT009: a bug in the generator, survived; the seed's items are left out.</summary>
    public static SeedIssue InternalError(string seed, string reason) => Create(IssueIds.InternalError, SourceSpan.None, seed, reason);

    /// <summary>CONTENT010: PublishedOn is not yyyy-MM-dd.</summary>
    public static SeedIssue InvalidPublishedOn(string seed, string value) => Create(IssueIds.InvalidPublishedOn, SourceSpan.None, seed, value);

    private static SeedIssue Create(string id, SourceSpan span, params string[] arguments) => new(id, span, new EquatableArray<string>(arguments));
}
