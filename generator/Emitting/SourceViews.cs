using System.Collections.Generic;

namespace NewsContent.Generator.Emitting;

// Plain objects the templates render. Every string here is already a C# literal or escaped doc text,
// so a template only lays code out and never decides how to escape content.
#pragma warning disable SA1402

internal sealed class SeedView
{
    public string Namespace { get; set; } = string.Empty;
    public string SeedClass { get; set; } = string.Empty;
    public string SeedPath { get; set; } = string.Empty;
    public List<ArticleView> Articles { get; } = new();
    public List<MeetingView> Meetings { get; } = new();
    public List<FigureView> Figures { get; } = new();
}

internal sealed class ArticleView
{
    public string Member { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public string Headline { get; set; } = string.Empty;
    public string Subheadings { get; set; } = string.Empty;
    public string Fragments { get; set; } = string.Empty;
    public string Dateline { get; set; } = string.Empty;
    public string DatelineDate { get; set; } = string.Empty;
    public string Byline { get; set; } = string.Empty;
    public string ContinuedOnPage { get; set; } = string.Empty;
    public string ContinuedFromPage { get; set; } = string.Empty;
    public string Paragraphs { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
}

internal sealed class MeetingView
{
    public string Member { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Aliases { get; set; } = string.Empty;
    public string Ordinal { get; set; } = string.Empty;
    public string DateText { get; set; } = string.Empty;
    public string Date { get; set; } = string.Empty;
    public bool HasDate { get; set; }
    public string Chair { get; set; } = string.Empty;
    public string Attendees { get; set; } = string.Empty;
    public string Documents { get; set; } = string.Empty;
    public string ArticleId { get; set; } = string.Empty;
    public string MentionedIn { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;
}

internal sealed class FigureView
{
    public string Member { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public string Text { get; set; } = string.Empty;
    public string Value { get; set; } = string.Empty;
    public string Unit { get; set; } = string.Empty;
    public string NormalizedValue { get; set; } = string.Empty;
    public string BaseUnit { get; set; } = string.Empty;
    public string Qualifier { get; set; } = string.Empty;
    public string Counts { get; set; } = string.Empty;
    public string ArticleId { get; set; } = string.Empty;
    public string Source { get; set; } = string.Empty;

    /// <summary>The FigureKind member (Quantity, InName).</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>True for an amount: a member of Figures. A number inside a name has no member.</summary>
    public bool IsQuantity { get; set; }
}

internal sealed class CatalogView
{
    public string Namespace { get; set; } = string.Empty;
    public List<string> Seeds { get; } = new();
    public List<PersonView> People { get; } = new();
}

internal sealed class PersonView
{
    public string Member { get; set; } = string.Empty;
    public string Doc { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Titles { get; set; } = string.Empty;
    public string ArticleIds { get; set; } = string.Empty;
    public string MeetingIds { get; set; } = string.Empty;
}
