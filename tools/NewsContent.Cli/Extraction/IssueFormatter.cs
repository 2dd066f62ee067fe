using System.Globalization;
using Microsoft.CodeAnalysis;
using NewsContent.Generator.Diagnostics;
using NewsContent.Generator.Model;

namespace NewsContent.Cli.Extraction;

/// <summary>Formats a seed issue through the generator's own descriptors, so the text matches the build's diagnostic word for word.</summary>
internal static class IssueFormatter
{
    public static ReportedIssue Format(string path, SeedIssue issue)
    {
        var diagnostic = IssueReporter.ToDiagnostic(path, issue);
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };

        // SourceSpan.None (offset 0, nothing covered) is how the parser marks an issue about the whole file.
        var wholeFile = issue.Span.Offset == 0 && issue.Span.Length == 0;
        return new ReportedIssue(issue.Id, severity, diagnostic.GetMessage(CultureInfo.InvariantCulture), issue.Span, wholeFile);
    }
}
