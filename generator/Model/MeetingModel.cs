namespace NewsContent.Generator.Model;

/// <summary>A meeting reported as held.</summary>
/// <param name="Ordinal">The session number when the name carries one (第167次, 第一次), else null.</param>
/// <param name="Date">ISO date (or --MM-dd when the year is unknown), or null.</param>
/// <param name="Chairs">Who chaired it, co-chairs in text order (X、Y共同主持).</param>
/// <param name="ArticleNumber">The article that reports it.</param>
/// <param name="MentionedIn">Other articles of the page that refer to it.</param>
internal sealed record MeetingModel(
    string Name,
    EquatableArray<string> Aliases,
    int? Ordinal,
    string? Date,
    EquatableArray<string> Chairs,
    EquatableArray<string> Attendees,
    EquatableArray<string> Documents,
    int ArticleNumber,
    EquatableArray<int> MentionedIn,
    SourceSpan Source)
{
    /// <summary>The first chair, or null (the single-chair accessor the contract keeps).</summary>
    public string? Chair => Chairs.Count > 0 ? Chairs[0] : null;

    /// <summary>Whether a meeting's date is a whole yyyy-MM-dd (a DateOnly and a MeetingDates constant), not a partial --MM-dd.</summary>
    /// <remarks>A method, not a property: the emitters and the CLI JSON read every public property as a field.</remarks>
    public static bool IsFullDate(string? date) => date is { Length: 10 } && date[0] != '-';
}
