using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using NewsContent.Cli.Extraction;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Cli.Json;

/// <summary>Writes an extraction as the documented JSON document.</summary>
internal static class ExtractionJson
{
    public const string Schema = "newscontent-extraction/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Chinese stays readable; HTML-sensitive characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(SeedExtraction extraction) => JsonSerializer.Serialize(Build(extraction), Options) + "\n";

    public static ExtractionDocument Build(SeedExtraction extraction)
    {
        var page = extraction.Named.Page;
        var path = page.RelativePath;
        return new ExtractionDocument(
            Schema,
            path,
            page.PublishedOn,
            page.Paper,
            page.PageNumber,
            page.PageSection,
            extraction.Options.Style.ToString(),
            extraction.Options.Namespace,
            extraction.Named.SeedClass,
            page.Articles.Select((a, i) => WithLinks(extraction, ModelJson.Of(a, ContentIds.Article(path, a.Number), MemberNames.Article(extraction, i),
                ("source", Location(a.Source))), ContentIds.Article(path, a.Number))).ToList(),
            page.Meetings.Select((m, i) => ModelJson.Of(m, ContentIds.Meeting(path, i + 1), MemberNames.Meeting(extraction, i),
                ("articleNumber", null), ("articleId", ContentIds.Article(path, m.ArticleNumber)),
                ("mentionedInArticleIds", Ids(m.MentionedIn.Select(n => ContentIds.Article(path, n)))), ("source", Location(m.Source)))).ToList(),
            page.Figures.Select((f, i) => ModelJson.Of(f, ContentIds.Figure(path, i + 1), MemberNames.Figure(extraction, i),
                ("value", Number(f.Value)), ("normalizedValue", Number(f.NormalizedValue)), ("articleNumber", null),
                ("upperValue", f.UpperValue is null ? null : Number(f.UpperValue)),
                ("articleId", ContentIds.Article(path, f.ArticleNumber)), ("source", Location(f.Source)))).ToList(),
            page.People.Select(p => ModelJson.Of(p, p.Name, MemberNames.Person(extraction, p.Name),
                ("articleIds", Ids(p.Articles.Select(n => ContentIds.Article(path, n)))), ("meetingIds", Ids(p.Meetings.Select(n => ContentIds.Meeting(path, n)))),
                ("source", Location(p.Source)))).ToList(),
            page.Dates.Select(d => new DateJson(d.Text, d.Resolved, ContentIds.Article(path, d.ArticleNumber), LocationOf(d.Source))).ToList(),
            extraction.Issues.Select(i => new DiagnosticJson(i.Id, i.Severity, i.Message, i.WholeFile, LocationOf(i.Span))).ToList());
    }

    /// <summary>The continuation ids, after the article's own continuation pages; null (written, not left out) when not linked.</summary>
    private static JsonObject WithLinks(SeedExtraction extraction, JsonObject article, string id)
    {
        article["continuedOnId"] = extraction.ContinuedOn.TryGetValue(id, out var on) ? on : null;
        article["continuedFromId"] = extraction.ContinuedFrom.TryGetValue(id, out var from) ? from : null;
        return article;
    }

    private static JsonNode Number(string invariant) => JsonValue.Create(decimal.Parse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture));

    private static JsonArray Ids(IEnumerable<string> ids) => new(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());

    private static JsonNode Location(SourceSpan span) => JsonSerializer.SerializeToNode(LocationOf(span), Options)!;

    private static LocationJson LocationOf(SourceSpan span) => new(span.Line, span.Column, span.EndLine, span.EndColumn, span.Offset, span.Length);
}
