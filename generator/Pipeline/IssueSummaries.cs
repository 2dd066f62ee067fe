using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Pipeline;

/// <summary>
/// What a build reports for a seed: the kinds that repeat routinely (renames, text outside articles) once per seed,
/// counted, at their first place. An archive of a thousand pages would otherwise raise tens of thousands of infos,
/// which no one reads and which the compiler re-reports on every run (a no-change run paid ~5 µs for each).
/// </summary>
internal static class IssueSummaries
{
    public static IEnumerable<SeedIssue> OnePerKind(IEnumerable<SeedIssue> issues)
    {
        var all = issues.ToList();
        return all.Where(issue => !IsSummarised(issue.Id))
            .Concat(Summarise(all, IssueIds.TextOutsideArticles, SeedIssue.TextOutsideArticles))
            .Concat(Summarise(all, IssueIds.IdentifierCollision, SeedIssue.IdentifierCollisions));
    }

    private static bool IsSummarised(string id) => id is IssueIds.TextOutsideArticles or IssueIds.IdentifierCollision;

    private static IEnumerable<SeedIssue> Summarise(List<SeedIssue> all, string id, System.Func<IReadOnlyList<SeedIssue>, SeedIssue> summary)
    {
        var ofKind = all.Where(issue => issue.Id == id).OrderBy(issue => issue.Span.Offset).ToList();
        if (ofKind.Count == 1)
        {
            yield return ofKind[0];
        }
        else if (ofKind.Count > 1)
        {
            yield return summary(ofKind);
        }
    }
}
