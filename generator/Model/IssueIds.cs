namespace NewsContent.Generator.Model;

/// <summary>The diagnostic ids a seed problem can carry; their descriptors live in Diagnostics/DiagnosticDescriptors.</summary>
internal static class IssueIds
{
    public const string EmptySeed = "CONTENT001";
    public const string InvalidUtf8 = "CONTENT002";
    public const string NoArticle = "CONTENT003";
    public const string TextOutsideArticles = "CONTENT004";
    public const string UnknownPublicationDate = "CONTENT005";
    public const string IdentifierCollision = "CONTENT006";
    public const string SeedTooLarge = "CONTENT007";
    public const string LineTooLong = "CONTENT008";
    public const string InternalError = "CONTENT009";
    public const string InvalidPublishedOn = "CONTENT010";
    public const string RenameNotApplied = "CONTENT012";
}
