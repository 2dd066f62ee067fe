namespace NewsContent.Startup;

/// <summary>The generated catalog written as the JSON document the json modes read, so both modes hold the same content.</summary>
internal static class CatalogExport
{
    public static CatalogDocument FromCatalog() => new(
        Catalog.Articles.Select(a => new ArticleDocument(a.Id, a.Headline, a.Subheadings.ToList(), a.Fragments.ToList(), a.Dateline, a.DatelineDate, a.Byline,
            a.ContinuedOnPage, a.ContinuedFromPage, a.Paragraphs.ToList(), a.Kind, Location(a.Source))).ToList(),
        Catalog.Meetings.Select(m => new MeetingDocument(m.Id, m.Name, m.Aliases.ToList(), m.Ordinal, m.DateText, m.Date, m.Chair, m.Attendees.ToList(),
            m.Documents.ToList(), m.ArticleId, m.MentionedInArticleIds.ToList(), Location(m.Source))).ToList(),
        Catalog.Figures.Select(f => new FigureDocument(f.Id, f.Text, f.Value, f.Unit, f.NormalizedValue, f.BaseUnit, f.Qualifier, f.Counts, f.ArticleId, Location(f.Source))).ToList(),
        Catalog.People.Select(p => new PersonDocument(p.Id, p.Name, p.Titles.ToList(), p.ArticleIds.ToList(), p.MeetingIds.ToList())).ToList());

    private static LocationDocument Location(SourceLocation source) => new(source.File, source.Line, source.Column);
}
