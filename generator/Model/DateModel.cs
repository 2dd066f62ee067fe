namespace NewsContent.Generator.Model;

/// <summary>A date expression of a page resolved against its publication date.</summary>
/// <param name="Resolved">ISO date, --MM-dd when the year is unknown, or null when it cannot be resolved.</param>
internal sealed record DateModel(string Text, string? Resolved, int ArticleNumber, SourceSpan Source);
