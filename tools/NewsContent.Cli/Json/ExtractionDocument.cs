using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace NewsContent.Cli.Json;

// The JSON shape of `newscontent extract --format json`, documented in the README. Field names are camelCase;
// absent values are null, never omitted, so a consumer sees the same keys for every seed. Articles, meetings, figures
// and people are their model records written field by field (ModelJson), so a new model field needs no line here.

internal sealed record ExtractionDocument(
    string Schema,
    string Seed,
    string? PublishedOn,
    string? Paper,
    int? Page,
    string? PageSection,
    string IdentifierStyle,
    string Namespace,
    string SeedClass,
    IReadOnlyList<JsonObject> Articles,
    IReadOnlyList<JsonObject> Meetings,
    IReadOnlyList<JsonObject> Figures,
    IReadOnlyList<JsonObject> People,
    IReadOnlyList<DateJson> Dates,
    IReadOnlyList<DiagnosticJson> Diagnostics);

internal sealed record DateJson(string Text, string? Resolved, string ArticleId, LocationJson Source);

internal sealed record DiagnosticJson(string Id, string Severity, string Message, bool WholeFile, LocationJson Location);

/// <summary>1-based line and column of the start and end, plus the character offset and length in the seed text.</summary>
internal sealed record LocationJson(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);
