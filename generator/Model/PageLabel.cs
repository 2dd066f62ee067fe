namespace NewsContent.Generator.Model;

/// <summary>
/// A page as a paper numbers it: a section letter when the paper prints one (A04, B4: the letter, upper case, half
/// width) and the page's number within it. A04 and B04 are two pages of one issue; 第4版 has no section.
/// </summary>
internal readonly record struct PageLabel(string? Section, int Number)
{
    /// <summary>The page a continuation mark names, read on this page: a mark without a letter (下转第4版) stays in this page's section.</summary>
    public PageLabel Within(string? section) => Section is null && section is not null ? this with { Section = section } : this;

    public override string ToString() => (Section ?? string.Empty) + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
