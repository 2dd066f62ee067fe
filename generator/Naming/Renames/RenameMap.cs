using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming.Renames;

/// <summary>What a member of the generated API stands for; a rename maps a member of one kind to another of the same kind.</summary>
internal enum ForwardedKind
{
    Article,
    Meeting,
    Figure,
    Person,
}

/// <summary>One line of the rename map: <c>Articles.OldName -> Articles.NewName</c>, where it stands, and what was wrong with it.</summary>
/// <param name="Problem">Why the line cannot be read (null when it was read).</param>
internal sealed record RenameLine(SourceSpan Span, ForwardedKind Kind, string From, string To, string? Problem);

/// <summary>
/// The checked-in rename map of a content project (ContentRenames.txt): when the text of a headline, a meeting, a
/// figure or a name is corrected, its member name changes, and each line here keeps the old name compiling as an
/// obsolete member that forwards to the new one. <c>tools/public-api</c> proposes the lines; people may edit them.
/// </summary>
/// <remarks>
/// Format, one rename a line: <c>Articles.Old -> Articles.New</c> (also Meetings., Figures., People.). Blank lines and
/// lines starting with <c>#</c> are ignored. The class named is the main one; its constant classes (ArticleHeadlines,
/// MeetingNames, MeetingDates, FigureValues, PersonNames) follow the same rename.
/// </remarks>
internal static class RenameMap
{
    private const string Arrow = "->";

    // The map's class names, read back from ClassOf so the two directions cannot disagree.
    private static readonly Dictionary<string, ForwardedKind> Classes = ((ForwardedKind[])Enum.GetValues(typeof(ForwardedKind)))
        .ToDictionary(ClassOf, kind => kind, StringComparer.Ordinal);

    /// <summary>The class that holds members of <paramref name="kind"/>, as the map and the diagnostics spell it.</summary>
    public static string ClassOf(ForwardedKind kind) => kind switch
    {
        ForwardedKind.Article => MemberClasses.Articles,
        ForwardedKind.Meeting => MemberClasses.Meetings,
        ForwardedKind.Figure => MemberClasses.Figures,
        _ => MemberClasses.People,
    };

    public static EquatableArray<RenameLine> Parse(string? text)
    {
        var lines = new List<RenameLine>();
        if (text is null)
        {
            return EquatableArray<RenameLine>.Empty;
        }

        var offset = 0;
        var number = 0;
        while (offset <= text.Length)
        {
            var end = text.IndexOf('\n', offset);
            if (end < 0)
            {
                end = text.Length;
            }

            number++;
            var raw = text.Substring(offset, end - offset).TrimEnd('\r');
            var content = raw.Trim();
            if (content.Length > 0 && content[0] != '#')
            {
                var column = raw.IndexOf(content[0]) + 1;
                var span = new SourceSpan(offset + column - 1, content.Length, number, column, number, column + content.Length);
                lines.Add(Read(span, content));
            }

            offset = end + 1;
        }

        return new EquatableArray<RenameLine>(lines.ToArray());
    }

    private static RenameLine Read(SourceSpan span, string content)
    {
        var arrow = content.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0)
        {
            return Unreadable(span, "it has no '->' between the old and the new member");
        }

        var from = content.Substring(0, arrow).Trim();
        var to = content.Substring(arrow + Arrow.Length).Trim();
        if (!TrySplit(from, out var fromClass, out var fromMember) || !TrySplit(to, out var toClass, out var toMember))
        {
            return Unreadable(span, "each side must be Class.Member, with Class one of Articles, Meetings, Figures, People");
        }

        if (fromClass != toClass)
        {
            return Unreadable(span, $"'{from}' and '{to}' are in different classes; a member can only be renamed within its class");
        }

        return new RenameLine(span, Classes[fromClass], fromMember, toMember, null);
    }

    private static bool TrySplit(string side, out string holder, out string member)
    {
        var dot = side.IndexOf('.');
        holder = dot < 0 ? string.Empty : side.Substring(0, dot);
        member = dot < 0 ? string.Empty : side.Substring(dot + 1);
        return Classes.ContainsKey(holder) && IsIdentifier(member);
    }

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static RenameLine Unreadable(SourceSpan span, string why) => new(span, ForwardedKind.Article, string.Empty, string.Empty, why);
}
