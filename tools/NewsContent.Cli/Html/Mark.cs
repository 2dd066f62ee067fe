namespace NewsContent.Cli.Html;

/// <summary>A highlighted stretch of seed text: what it is, which element and generated member it belongs to.</summary>
/// <param name="Start">Offset in the seed.</param>
/// <param name="End">Offset just past it; equal to <paramref name="Start"/> for a point marker.</param>
/// <param name="Layer">Nesting rank: article parts outermost, then meetings, people, figures and dates.</param>
/// <param name="Classes">CSS classes, e.g. "figure".</param>
/// <param name="Id">The anchor the side panel links to; only on the element's own location, not on further mentions.</param>
/// <param name="Member">The generated member (Figures.X), or null for text with no member (an article part, a date).</param>
/// <param name="Title">Tooltip text.</param>
/// <param name="Date">The resolved date of a date mark.</param>
internal sealed record Mark(int Start, int End, int Layer, string Classes, string? Id, string? Member, string Title, string? Date = null)
{
    public const int PartLayer = 0;
    public const int MeetingLayer = 1;
    public const int PersonLayer = 2;
    public const int ValueLayer = 3;
}
