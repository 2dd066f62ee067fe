using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NewsContent.Generator.Diagnostics;
using NewsContent.Generator.Model;

namespace NewsContent.Tests.Diagnostics;

/// <summary>The descriptors, their help pages and the analyzer release files say the same thing about every id.</summary>
public sealed class DiagnosticCatalogTests
{
    private const string HelpRoot = "https://github.com/newscontent/newscontent/blob/main/docs/diagnostics/";

    public static IEnumerable<object[]> Ids => AllIds().Select(id => new object[] { id });

    [Fact]
    public void Ids_AreNumberedFrom001WithoutGaps()
    {
        // CONTENT011 is the issue-links diagnostic, on its way from another branch; until it lands the rename map's
        // CONTENT012 follows a gap.
        var ids = AllIds();
        var expected = Enumerable.Range(1, ids.Count + (ids.Contains("CONTENT011") ? 0 : 1)).Where(n => n != 11 || ids.Contains("CONTENT011")).Select(n => "CONTENT" + n.ToString("000", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, AllIds().OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Descriptor_HasTitleMessageAndHelpPage(string id)
    {
        var descriptor = DiagnosticDescriptors.ForId(id);

        Assert.NotNull(descriptor);
        Assert.Equal(id, descriptor!.Id);
        Assert.Equal("NewsContent", descriptor.Category);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.NotEqual(DiagnosticSeverity.Error, descriptor.DefaultSeverity);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
        var message = descriptor.MessageFormat.ToString();
        Assert.Matches(@"^(Seed|Rename map) '\{0\}'", message);
        Assert.Equal(HelpRoot + id + ".md", descriptor.HelpLinkUri);
        var page = RepositoryFiles.PathOf("docs/diagnostics/" + id + ".md");
        Assert.True(File.Exists(page), "Missing help page " + page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, text, StringComparison.Ordinal);
        Assert.Contains("| Severity | " + descriptor.DefaultSeverity + " |", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", text, StringComparison.Ordinal);
        Assert.Contains("[" + id + "](" + id + ".md)", File.ReadAllText(RepositoryFiles.PathOf("docs/diagnostics/README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseTracking_ListsEveryIdOnceWithItsSeverity()
    {
        var rows = new[] { "generator/AnalyzerReleases.Shipped.md", "generator/AnalyzerReleases.Unshipped.md" }
            .SelectMany(f => File.ReadAllLines(RepositoryFiles.PathOf(f)))
            .Select(line => Regex.Match(line, @"^(CONTENT\d{3})\s*\|\s*(\w+)\s*\|\s*(\w+)\s*\|"))
            .Where(m => m.Success)
            .Select(m => (Id: m.Groups[1].Value, Category: m.Groups[2].Value, Severity: m.Groups[3].Value))
            .ToList();

        Assert.Equal(AllIds().OrderBy(i => i, StringComparer.Ordinal), rows.Select(r => r.Id).OrderBy(i => i, StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var descriptor = DiagnosticDescriptors.ForId(row.Id)!;
            Assert.Equal(descriptor.Category, row.Category);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
        }
    }

    private static List<string> AllIds() => typeof(IssueIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();
}
