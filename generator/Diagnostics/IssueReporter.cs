using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Diagnostics;

/// <summary>Turns a located seed issue into a Roslyn diagnostic in the seed file, only at report time.</summary>
internal static class IssueReporter
{
    public static Diagnostic ToDiagnostic(string path, SeedIssue issue)
    {
        var descriptor = DiagnosticDescriptors.ForId(issue.Id) ?? DiagnosticDescriptors.InternalError;
        var span = issue.Span;
        var lines = new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1));
        var location = Location.Create(path, new TextSpan(span.Offset, span.Length), lines);
        return Diagnostic.Create(descriptor, location, issue.Arguments.Cast<object>().ToArray());
    }
}
