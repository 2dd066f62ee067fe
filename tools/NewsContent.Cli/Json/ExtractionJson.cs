using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
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
            extraction.Options.Style.ToString(),
            extraction.Options.Namespace,
            extraction.Named.SeedClass,
            page.Articles.Select((a, i) => new ArticleJson(
                ContentIds.Article(path, a.Number), MemberNames.Article(extraction, i), a.Number, a.Headline, a.Subheadings.ToArray(), a.Fragments.ToArray(),
                a.Dateline, a.DatelineDate, a.Byline, a.ContinuedOnPage, a.ContinuedFromPage, a.Kind.Word(), a.Paragraphs.ToArray(), Location(a.Source))).ToList(),
            page.Meetings.Select((m, i) => new MeetingJson(
                ContentIds.Meeting(path, i + 1), MemberNames.Meeting(extraction, i), m.Name, m.Aliases.ToArray(), m.Ordinal, m.Date, m.Chair,
                m.Attendees.ToArray(), m.Documents.ToArray(), ContentIds.Article(path, m.ArticleNumber),
                m.MentionedIn.Select(n => ContentIds.Article(path, n)).ToList(), Location(m.Source))).ToList(),
            page.Figures.Select((f, i) => new FigureJson(
                ContentIds.Figure(path, i + 1), MemberNames.Figure(extraction, i), f.Text, Number(f.Value), f.Unit, Number(f.NormalizedValue), f.BaseUnit,
                f.Qualifier, f.Counts, ContentIds.Article(path, f.ArticleNumber), Location(f.Source), f.Kind.Word())).ToList(),
            page.People.Select(p => new PersonJson(
                p.Name, MemberNames.Person(extraction, p.Name), p.Name, p.Titles.ToArray(), p.Articles.Select(n => ContentIds.Article(path, n)).ToList(),
                p.Meetings.Select(n => ContentIds.Meeting(path, n)).ToList(), Location(p.Source))).ToList(),
            page.Dates.Select(d => new DateJson(d.Text, d.Resolved, ContentIds.Article(path, d.ArticleNumber), Location(d.Source))).ToList(),
            extraction.Issues.Select(i => new DiagnosticJson(i.Id, i.Severity, i.Message, i.WholeFile, Location(i.Span))).ToList());
    }

    private static decimal Number(string invariant) => decimal.Parse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static LocationJson Location(SourceSpan span) => new(span.Line, span.Column, span.EndLine, span.EndColumn, span.Offset, span.Length);
}
