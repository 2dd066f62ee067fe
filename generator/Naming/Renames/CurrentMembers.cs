using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming.Renames;

/// <summary>
/// A seed's final member names, trimmed to what the rename map is checked against: a paragraph edit leaves this
/// equal, so the forwarders are not worked out again.
/// </summary>
/// <param name="DatedMeetings">Meetings with a date, the only ones that have a MeetingDates constant.</param>
internal sealed record CurrentMembers(EquatableArray<string> Articles, EquatableArray<string> Meetings, EquatableArray<string> DatedMeetings, EquatableArray<string> Figures)
{
    public static CurrentMembers Of(NamedPage page) => new(
        page.ArticleMembers,
        page.MeetingMembers,
        new EquatableArray<string>(page.MeetingMembers.Where((_, i) => MeetingModel.IsFullDate(page.Page.Meetings[i].Date)).ToArray()),
        new EquatableArray<string>(page.FigureMembers.Where(m => m.Length > 0).ToArray()));
}

/// <summary>A rename map file as read: its path (for diagnostics) and its lines.</summary>
internal sealed record RenameMapInput(string Path, EquatableArray<RenameLine> Lines);
