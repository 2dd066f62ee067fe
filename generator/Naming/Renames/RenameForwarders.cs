using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Naming.Renames;

/// <summary>An old member name kept compiling: it forwards to <paramref name="To"/>, a member of today's API.</summary>
/// <param name="WithDate">For a meeting: the new one has a MeetingDates constant, so the old name gets one too.</param>
internal sealed record Forwarder(ForwardedKind Kind, string From, string To, bool WithDate);

/// <summary>A problem with a line of a rename map, located in that file.</summary>
internal sealed record RenameMapIssue(string Path, SeedIssue Issue);

/// <summary>What the rename maps give: the forwarders to emit and the lines that could not be applied.</summary>
internal sealed record RenameResult(EquatableArray<Forwarder> Forwarders, EquatableArray<RenameMapIssue> Issues)
{
    public static RenameResult None { get; } = new(EquatableArray<Forwarder>.Empty, EquatableArray<RenameMapIssue>.Empty);
}

/// <summary>
/// Checks each rename line against the members the seeds have today. A line is applied when its old name is no longer a
/// member and its new name (followed through later lines, so A -> B, B -> C forwards A to C) is one. Anything else is
/// skipped with a CONTENT011 at the line, saying what to do: a forwarder that pointed nowhere would not compile.
/// </summary>
internal static class RenameForwarders
{
    private const int LongestChain = 64;

    // Names of the generated classes: a member may not take one (CS0542 in its own class, confusion in the others).
    private static readonly HashSet<string> ClassNames = new(MemberClasses.All, StringComparer.Ordinal);

    public static RenameResult Resolve(IReadOnlyList<RenameMapInput> maps, IReadOnlyList<CurrentMembers> seeds, IEnumerable<string> people)
    {
        if (maps.All(m => m.Lines.IsEmpty))
        {
            return RenameResult.None;
        }

        var current = new Dictionary<ForwardedKind, HashSet<string>>
        {
            [ForwardedKind.Article] = new(seeds.SelectMany(s => s.Articles), StringComparer.Ordinal),
            [ForwardedKind.Meeting] = new(seeds.SelectMany(s => s.Meetings), StringComparer.Ordinal),
            [ForwardedKind.Figure] = new(seeds.SelectMany(s => s.Figures), StringComparer.Ordinal),
            [ForwardedKind.Person] = new(people, StringComparer.Ordinal),
        };
        var dated = new HashSet<string>(seeds.SelectMany(s => s.DatedMeetings), StringComparer.Ordinal);

        // Every readable line, first one wins for an old name, so chains can be followed whatever the line order.
        var next = new Dictionary<(ForwardedKind, string), string>();
        foreach (var line in maps.SelectMany(m => m.Lines).Where(l => l.Problem is null))
        {
            if (!next.ContainsKey((line.Kind, line.From)))
            {
                next[(line.Kind, line.From)] = line.To;
            }
        }

        var forwarders = new List<Forwarder>();
        var issues = new List<RenameMapIssue>();
        var applied = new HashSet<(ForwardedKind, string)>();
        foreach (var map in maps)
        {
            foreach (var line in map.Lines)
            {
                string? target = null;
                var problem = line.Problem ?? Check(line, current[line.Kind], next, applied, out target);
                if (problem is not null)
                {
                    issues.Add(new RenameMapIssue(map.Path, SeedIssue.RenameNotApplied(line.Span, System.IO.Path.GetFileName(map.Path), problem)));
                    continue;
                }

                forwarders.Add(new Forwarder(line.Kind, line.From, target!, line.Kind == ForwardedKind.Meeting && dated.Contains(target!)));
            }
        }

        return new RenameResult(
            new EquatableArray<Forwarder>(forwarders.OrderBy(f => f.Kind).ThenBy(f => f.From, StringComparer.Ordinal).ToArray()),
            new EquatableArray<RenameMapIssue>(issues.ToArray()));
    }

    private static string? Check(RenameLine line, HashSet<string> members, Dictionary<(ForwardedKind, string), string> next, HashSet<(ForwardedKind, string)> applied, out string? target)
    {
        var holder = RenameMap.ClassOf(line.Kind);
        target = null;
        if (ClassNames.Contains(line.From))
        {
            return $"'{line.From}' is the name of a generated class and cannot be a member";
        }

        if (members.Contains(line.From))
        {
            return $"{holder}.{line.From} is a member again, so there is nothing to forward; delete the line";
        }

        if (!applied.Add((line.Kind, line.From)))
        {
            return $"{holder}.{line.From} is renamed by an earlier line already; delete this one";
        }

        var to = line.To;
        for (var step = 0; !members.Contains(to); step++)
        {
            if (step == LongestChain || !next.TryGetValue((line.Kind, to), out var further) || further == line.From)
            {
                return $"{holder}.{line.To} is not a member (its text may have changed again); point the line at today's name, which `tools/public-api` proposes";
            }

            to = further;
        }

        target = to;
        return null;
    }
}
