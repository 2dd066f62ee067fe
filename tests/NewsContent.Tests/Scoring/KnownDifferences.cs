namespace NewsContent.Tests.Scoring;

/// <summary>
/// The checked-in list of differences between the extraction and the gold (tests/corpus/known-differences.tsv): a
/// ratchet. A difference not in the list fails the gold test (a change lost something), and so does a listed one that
/// no longer occurs (a change fixed something: the list is shortened in the same commit, so it only shrinks and every
/// fix is recorded). The list is a multiset: the same difference twice on a page is listed twice.
/// </summary>
public static class KnownDifferences
{
    public const string RelativePath = "tests/corpus/known-differences.tsv";

    /// <summary>Set to 1 to rewrite the list from the current extraction; review the file's diff before committing it.</summary>
    public const string AcceptVariable = "NEWSCONTENT_ACCEPT_DIFFERENCES";

    private const string Header =
        "# Known differences between the extraction and the gold of tests/corpus (and the design seed), one a line:\n" +
        "# page <TAB> kind <TAB> detail. The gold test fails on any difference not listed here and on a listed one that no\n" +
        "# longer occurs. Rewritten by `NEWSCONTENT_ACCEPT_DIFFERENCES=1 dotnet test tests/NewsContent.Tests -c Release --filter GoldTests`;\n" +
        "# a fix removes lines, and a line added needs a reason in its commit.\n";

    public static IReadOnlyList<Difference> Parse(IEnumerable<string> lines) =>
        lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => Difference.FromLine(l) ?? throw new FormatException("Not a difference line: " + l)).ToList();

    public static string Format(IEnumerable<Difference> differences) =>
        Header + string.Concat(differences.Select(d => d.ToLine()).Order(StringComparer.Ordinal).Select(l => l + "\n"));

    /// <summary>What occurs and is not listed, and what is listed and no longer occurs, counting repeats.</summary>
    public static (IReadOnlyList<Difference> New, IReadOnlyList<Difference> Fixed) Compare(IEnumerable<Difference> actual, IEnumerable<Difference> known)
    {
        var remaining = known.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<Difference>();
        foreach (var difference in actual)
        {
            if (remaining.TryGetValue(difference, out var count) && count > 0)
            {
                remaining[difference] = count - 1;
            }
            else
            {
                added.Add(difference);
            }
        }

        var fixedOnes = remaining.SelectMany(p => Enumerable.Repeat(p.Key, p.Value)).ToList();
        return (added, fixedOnes);
    }
}
