namespace NewsContent.Generator.Model;

/// <summary>Everything extracted from one seed: the unit the pipeline caches per file.</summary>
internal sealed record PageModel(
    string RelativePath,
    string? PublishedOn,
    EquatableArray<ArticleModel> Articles,
    EquatableArray<MeetingModel> Meetings,
    EquatableArray<FigureModel> Figures,
    EquatableArray<PersonModel> People,
    EquatableArray<DateModel> Dates);

/// <summary>A parse outcome: the page and the problems found, kept apart so a moved diagnostic does not re-emit source.</summary>
internal sealed record ParseResult(PageModel Page, EquatableArray<SeedIssue> Issues);
