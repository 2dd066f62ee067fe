namespace NewsContent.Generator;

/// <summary>Names of the pipeline steps, so tests can prove each one caches.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string SeedInputs = nameof(SeedInputs);
    public const string Parsed = nameof(Parsed);
    public const string Named = nameof(Named);
    public const string SeedMembers = nameof(SeedMembers);
    public const string Renames = nameof(Renames);
    public const string Final = nameof(Final);
    public const string Pages = nameof(Pages);
    public const string SeedPeople = nameof(SeedPeople);
    public const string People = nameof(People);
    public const string PeopleShards = nameof(PeopleShards);
    public const string PeopleShardNames = nameof(PeopleShardNames);
    public const string PersonAnchors = nameof(PersonAnchors);
    public const string PersonAnchorIndex = nameof(PersonAnchorIndex);
    public const string AnchoredShards = nameof(AnchoredShards);
    public const string PersonCollisions = nameof(PersonCollisions);
    public const string CatalogSeeds = nameof(CatalogSeeds);
    public const string Issues = nameof(Issues);
    public const string PageSummaries = nameof(PageSummaries);
    public const string IssuePages = nameof(IssuePages);
    public const string IssueLinks = nameof(IssueLinks);
    public const string IssueClasses = nameof(IssueClasses);
    public const string RenameMaps = nameof(RenameMaps);
    public const string CurrentMembers = nameof(CurrentMembers);
    public const string Forwarders = nameof(Forwarders);
}
