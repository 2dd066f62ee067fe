using NewsContent.Generator.Model;

namespace NewsContent.Cli.Extraction;

/// <summary>A seed issue as the compiler would report it: id, severity and the formatted message, at its place in the seed.</summary>
/// <param name="Severity">warning, info or error, as in build output.</param>
/// <param name="WholeFile">True when the issue is about the seed as a whole (no line to point at).</param>
internal sealed record ReportedIssue(string Id, string Severity, string Message, SourceSpan Span, bool WholeFile);
