using System.Collections.Generic;

namespace NewsContent.Cli.Html;

// What the report template renders. Every value is plain text: the template escapes it, so no markup is built in code.

internal sealed class ReportView
{
    public string SeedPath { get; init; } = string.Empty;
    public string PublishedOn { get; init; } = string.Empty;
    public string IdentifierStyle { get; init; } = string.Empty;
    public string Namespace { get; init; } = string.Empty;
    public string SeedClass { get; init; } = string.Empty;
    public string ToolVersion { get; init; } = string.Empty;
    public List<BlockView> Blocks { get; } = new();
    public List<DiagnosticView> FileDiagnostics { get; } = new();
    public List<DiagnosticView> Diagnostics { get; } = new();
    public List<ArticleRow> Articles { get; } = new();
    public List<MeetingRow> Meetings { get; } = new();
    public List<FigureRow> Figures { get; } = new();
    public List<PersonRow> People { get; } = new();
    public List<DateRow> Dates { get; } = new();
}

/// <summary>A run of consecutive lines owned by one article (or by none).</summary>
internal sealed class BlockView
{
    /// <summary>"article" for an article's first block, "article-cont" for a later one, "outside" for text no article owns, "gap" for blank lines between.</summary>
    public string Kind { get; init; } = "outside";
    public string? Id { get; init; }
    public string? Member { get; init; }
    public string? ArticleAnchor { get; init; }
    public string? Label { get; init; }
    public List<LineView> Lines { get; } = new();
}

internal sealed class LineView
{
    public int Number { get; init; }
    public bool Blank { get; init; }
    public string Anchor { get; init; } = string.Empty;
    public List<TokenView> Tokens { get; init; } = new();
    public List<DiagnosticView> Diagnostics { get; } = new();
}

/// <summary>One step of a line's markup: open a highlight, some text, or close the innermost highlight.</summary>
internal sealed class TokenView
{
    public const string Open = "open";
    public const string Text = "text";
    public const string Close = "close";

    public string Kind { get; init; } = Text;
    public string Value { get; init; } = string.Empty;
    public string Classes { get; init; } = string.Empty;
    public string? Id { get; init; }
    public string? Member { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
}

internal sealed class DiagnosticView
{
    public string Anchor { get; init; } = string.Empty;
    public string Id { get; init; } = string.Empty;
    public string Severity { get; init; } = string.Empty;
    public string Message { get; init; } = string.Empty;
    public int Line { get; init; }
    public int Column { get; init; }
    public string LineAnchor { get; init; } = string.Empty;
    public bool WholeFile { get; init; }
}

internal sealed record ArticleRow(string Anchor, string Member, string Headline, string Kind, string Dateline, string Byline, int Line, string LineAnchor);

internal sealed record MeetingRow(string Anchor, string Member, string Name, string Date, string Chair, string Attendees, string Article, int Line, string LineAnchor);

internal sealed record FigureRow(string Anchor, string Member, string Text, string Value, string Unit, string Counts, int Line, string LineAnchor);

internal sealed record PersonRow(string Anchor, string Member, string Name, string Titles, int Line, string LineAnchor);

internal sealed record DateRow(string Anchor, string Text, string Resolved, int Line, string LineAnchor);
