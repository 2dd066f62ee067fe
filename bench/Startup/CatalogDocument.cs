namespace NewsContent.Startup;

// The content as an app without the generator would hold it: its own records, filled from JSON.
// Same shapes as the generated records, so both modes build the same objects.
#pragma warning disable SA1402

internal sealed record CatalogDocument(List<ArticleDocument> Articles, List<MeetingDocument> Meetings, List<FigureDocument> Figures, List<PersonDocument> People);

internal sealed record LocationDocument(string File, int Line, int Column);

internal sealed record ArticleDocument(
    string Id, string Headline, List<string> Subheadings, List<string> Fragments, string? Dateline, string? DatelineDate, string? Byline,
    int? ContinuedOnPage, int? ContinuedFromPage, List<string> Paragraphs, string Kind, LocationDocument Source);

internal sealed record MeetingDocument(
    string Id, string Name, List<string> Aliases, int? Ordinal, string? DateText, DateTime? Date, string? Chair, List<string> Attendees,
    List<string> Documents, string ArticleId, List<string> MentionedInArticleIds, LocationDocument Source);

internal sealed record FigureDocument(
    string Id, string Text, decimal Value, string Unit, decimal NormalizedValue, string BaseUnit, string? Qualifier, string Counts, string ArticleId, LocationDocument Source);

internal sealed record PersonDocument(string Id, string Name, List<string> Titles, List<string> ArticleIds, List<string> MeetingIds);
