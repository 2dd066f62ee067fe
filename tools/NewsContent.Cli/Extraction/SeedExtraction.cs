using System.Collections.Generic;
using NewsContent.Generator.Naming;

namespace NewsContent.Cli.Extraction;

/// <summary>
/// Everything the build makes of one seed: the named page (member names after cross-seed renames),
/// the member name of each person, and the diagnostics.
/// </summary>
/// <param name="Text">The seed text that was parsed; spans point into it.</param>
/// <param name="PersonMembers">Member name in <c>People</c> by person name (people are merged across seeds).</param>
internal sealed record SeedExtraction(
    SeedFile Seed,
    string Text,
    NamedPage Named,
    IReadOnlyDictionary<string, string> PersonMembers,
    IReadOnlyList<ReportedIssue> Issues,
    ExtractionOptions Options)
{
    /// <summary>Each article's continuation on a later page of its issue (下转), by article id, among the seeds extracted together.</summary>
    public IReadOnlyDictionary<string, string> ContinuedOn { get; init; } = new Dictionary<string, string>();

    /// <summary>Each continued part's article on an earlier page (上接), by article id.</summary>
    public IReadOnlyDictionary<string, string> ContinuedFrom { get; init; } = new Dictionary<string, string>();
}
