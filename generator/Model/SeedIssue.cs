using System.Collections.Generic;
using System.Globalization;
using System.Linq;

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
        Create(IssueIds.TextOutsideArticles, at, seed, lines.ToString(CultureInfo.InvariantCulture), $"'{preview}' (line {at.Line.ToString(CultureInfo.InvariantCulture)})");

    /// <summary>CONTENT004 once for a seed: every block outside the articles (each made by <see cref="TextOutsideArticles"/>), lines counted, at the first block.</summary>
    public static SeedIssue TextOutsideArticles(IReadOnlyList<SeedIssue> blocks) => Summary(blocks, "block(s) of text");

    /// <summary>CONTENT005: a relative date and no publication date to resolve it.</summary>
    public static SeedIssue UnknownPublicationDate(SourceSpan at, string seed, string date) => Create(IssueIds.UnknownPublicationDate, at, seed, date);

    /// <summary>CONTENT006: a member name already taken; <paramref name="kind"/> is what the member stands for (article, person…).</summary>
    public static SeedIssue IdentifierCollision(SourceSpan at, string seed, string kind, string text, string wanted, string claimed) =>
        Create(IssueIds.IdentifierCollision, at, seed, "1", $"the {kind} '{text}' would be '{wanted}' and is '{claimed}'");

    /// <summary>
    /// CONTENT006 once for a seed: its renames (each made by <see cref="IdentifierCollision"/>) counted, the first few
    /// spelled out, at the first of them. An archive of near-copies renames thousands of members; a user acts once per seed.
    /// </summary>
    public static SeedIssue IdentifierCollisions(IReadOnlyList<SeedIssue> renames) => Summary(renames, "renames");

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

    /// <summary>CONTENT012: a line of the rename map that was skipped, and why; located in the map, not in a seed.</summary>
    public static SeedIssue RenameNotApplied(SourceSpan at, string map, string why) => Create(IssueIds.RenameNotApplied, at, map, at.Line.ToString(CultureInfo.InvariantCulture), why);

    /// <summary>
    /// Several issues of one id and seed as one: the counts (argument 1) added, the first details (argument 2) spelled
    /// out, at the first issue's place. Both summarised ids share that argument shape: seed, count, detail.
    /// </summary>
    private static SeedIssue Summary(IReadOnlyList<SeedIssue> issues, string what)
    {
        const int Spelled = 3;
        var count = issues.Sum(i => int.Parse(i.Arguments[1], CultureInfo.InvariantCulture));
        var details = string.Join("; ", issues.Take(Spelled).Select(i => i.Arguments[2]));
        if (issues.Count > Spelled)
        {
            details += $"; and {(issues.Count - Spelled).ToString(CultureInfo.InvariantCulture)} more {what}";
        }

        return Create(issues[0].Id, issues[0].Span, issues[0].Arguments[0], count.ToString(CultureInfo.InvariantCulture), details);
    }

    private static SeedIssue Create(string id, SourceSpan span, params string[] arguments) => new(id, span, new EquatableArray<string>(arguments));
}
