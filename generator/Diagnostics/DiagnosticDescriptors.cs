using Microsoft.CodeAnalysis;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each message names the file, the problem and a fix.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "NewsContent";
    private const string HelpRoot = "https://github.com/newscontent/newscontent/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor EmptySeed = Create(IssueIds.EmptySeed, "Empty seed",
        "Seed '{0}' is empty or holds only whitespace; add the page's text or remove the ContentSeed item", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidUtf8 = Create(IssueIds.InvalidUtf8, "Seed is not valid UTF-8",
        "Seed '{0}' is not valid UTF-8 here (a byte sequence that does not decode, read as U+FFFD); the rest of the page is still read. Save the file as UTF-8", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NoArticle = Create(IssueIds.NoArticle, "No article found",
        "Seed '{0}' has no article: no headline followed by a paragraph and no dateline (本报讯, 新华社…电) was found; check that it is a news page with one paragraph per line", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TextOutsideArticles = Create(IssueIds.TextOutsideArticles, "Text outside every article",
        "Seed '{0}': {1} line(s) of text belong to no article and are not in the generated content: {2}; remove them from the seed or give them a headline and a paragraph", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnknownPublicationDate = Create(IssueIds.UnknownPublicationDate, "Unknown publication date",
        "Seed '{0}' has relative dates ('{1}') but no publication date, so they stay partial; set PublishedOn=\"yyyy-MM-dd\" on its ContentSeed item", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor IdentifierCollision = Create(IssueIds.IdentifierCollision, "Identifier collision resolved",
        "Seed '{0}': {1} member name(s) were already taken by another member or the generated API, so they got a suffix: {2}. Reword the headline to choose a name, or suppress CONTENT006 if the suffix is fine", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SeedTooLarge = Create(IssueIds.SeedTooLarge, "Seed too large",
        "Seed '{0}' has {1} characters, more than the limit of {2}, so nothing was generated from it; split it into one file per page", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LineTooLong = Create(IssueIds.LineTooLong, "Line too long",
        "Seed '{0}': line {1} has {2} characters, more than {3}; it is still read, but a page has one paragraph per line, so check the file's line breaks (a file saved with old Mac CR-only or no line breaks reads as one line)", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(IssueIds.InternalError, "Internal error",
        "Seed '{0}' could not be processed ({1}); its content was left out and the rest of the build goes on. Please report this with the seed attached", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPublishedOn = Create(IssueIds.InvalidPublishedOn, "Invalid PublishedOn",
        "Seed '{0}': PublishedOn '{1}' is not a date in the form yyyy-MM-dd, so relative dates stay partial; fix the PublishedOn metadata of its ContentSeed item (or the ContentPublishedOn property)", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RenameNotApplied = Create(IssueIds.RenameNotApplied, "Rename map line not applied",
        "Rename map '{0}' line {1} was skipped: {2}", DiagnosticSeverity.Warning);

    public static DiagnosticDescriptor? ForId(string id) => id switch
    {
        IssueIds.EmptySeed => EmptySeed,
        IssueIds.InvalidUtf8 => InvalidUtf8,
        IssueIds.NoArticle => NoArticle,
        IssueIds.TextOutsideArticles => TextOutsideArticles,
        IssueIds.UnknownPublicationDate => UnknownPublicationDate,
        IssueIds.IdentifierCollision => IdentifierCollision,
        IssueIds.SeedTooLarge => SeedTooLarge,
        IssueIds.LineTooLong => LineTooLong,
        IssueIds.InternalError => InternalError,
        IssueIds.InvalidPublishedOn => InvalidPublishedOn,
        IssueIds.RenameNotApplied => RenameNotApplied,
        _ => null,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpRoot + id + ".md");
}
