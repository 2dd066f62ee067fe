namespace NewsContent.Generator.Model;

/// <summary>Everything extracted from one seed: the unit the pipeline caches per file.</summary>
internal sealed record PageModel(
    string RelativePath,
    string? PublishedOn,
    EquatableArray<ArticleModel> Articles,
    EquatableArray<MeetingModel> Meetings,
    EquatableArray<FigureModel> Figures,
    EquatableArray<PersonModel> People,
    EquatableArray<DateModel> Dates)
{
    /// <summary>The paper the page belongs to (item metadata), or null.</summary>
    public string? Paper { get; init; }

    /// <summary>The page's number in its issue: the item's Page metadata, else the page furniture (第4版, A04版, 四版), else null.</summary>
    public int? PageNumber { get; init; }

    /// <summary>The section letter printed with the page number (A of A04), or null.</summary>
    public string? PageSection { get; init; }
}

/// <summary>A parse outcome: the page and the problems found, kept apart so a moved diagnostic does not re-emit source.</summary>
internal sealed record ParseResult(PageModel Page, EquatableArray<SeedIssue> Issues);
