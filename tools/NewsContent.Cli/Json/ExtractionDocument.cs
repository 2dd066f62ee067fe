using System.Collections.Generic;

namespace NewsContent.Cli.Json;

// The JSON shape of `newscontent extract --format json`, documented in the README. Field names are camelCase;
// absent values are null, never omitted, so a consumer sees the same keys for every seed.

internal sealed record ExtractionDocument(
    string Schema,
    string Seed,
    string? PublishedOn,
    string IdentifierStyle,
    string Namespace,
    string SeedClass,
    IReadOnlyList<ArticleJson> Articles,
    IReadOnlyList<MeetingJson> Meetings,
    IReadOnlyList<FigureJson> Figures,
    IReadOnlyList<PersonJson> People,
    IReadOnlyList<DateJson> Dates,
    IReadOnlyList<DiagnosticJson> Diagnostics);

internal sealed record ArticleJson(
    string Id,
    string Member,
    int Number,
    string Headline,
    IReadOnlyList<string> Subheadings,
    IReadOnlyList<string> Fragments,
    string? Dateline,
    string? DatelineDate,
    string? Byline,
    int? ContinuedOnPage,
    int? ContinuedFromPage,
    string Kind,
    IReadOnlyList<string> Paragraphs,
    LocationJson Source);

internal sealed record MeetingJson(
    string Id,
    string Member,
    string Name,
    IReadOnlyList<string> Aliases,
    int? Ordinal,
    string? Date,
    string? Chair,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> Documents,
    string ArticleId,
    IReadOnlyList<string> MentionedInArticleIds,
    LocationJson Source);

internal sealed record FigureJson(
    string Id,
    string? Member,
    string Text,
    decimal Value,
    string Unit,
    decimal NormalizedValue,
    string BaseUnit,
    string? Qualifier,
    string Counts,
    string ArticleId,
    LocationJson Source,
    string Kind);

internal sealed record PersonJson(
    string Id,
    string? Member,
    string Name,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> ArticleIds,
    IReadOnlyList<string> MeetingIds,
    LocationJson Source);

internal sealed record DateJson(string Text, string? Resolved, string ArticleId, LocationJson Source);

internal sealed record DiagnosticJson(string Id, string Severity, string Message, bool WholeFile, LocationJson Location);

/// <summary>1-based line and column of the start and end, plus the character offset and length in the seed text.</summary>
internal sealed record LocationJson(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);
