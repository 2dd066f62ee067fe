using System.Globalization;
using System.Text;

namespace NewsContent.PublicApi;

/// <summary>
/// Pairs a member that disappeared with one that appeared in the same class when they are the same item with its text
/// corrected: for articles, meetings and figures the same seed, about the same line and a similar text; for people
/// (merged across seeds, so without a place) a name of the same length one character apart. Each pair becomes a line of
/// the rename map, ContentRenames.txt, which the generator turns into an [Obsolete] member forwarding the old name.
/// </summary>
internal static class RenameProposals
{
    public const string MapFile = "ContentRenames.txt";

    // A headline fix moves nothing or a line or two (a line added above it); two lines apart with a similar text is
    // still the same article, further away it must be almost the same text.
    private const int NearLines = 2;
    private const double SimilarNear = 0.3;
    private const double SimilarAnywhere = 0.6;

    public static IReadOnlyList<(IndexedMember Old, IndexedMember New)> Propose(IReadOnlyList<IndexedMember> before, IReadOnlyList<IndexedMember> now)
    {
        var nowKeys = now.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var beforeKeys = before.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        var added = now.Where(m => !beforeKeys.Contains(m.Key)).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<(IndexedMember, IndexedMember)>();
        foreach (var gone in before.Where(m => !nowKeys.Contains(m.Key)))
        {
            var best = added
                .Where(a => a.Class == gone.Class && a.Seed == gone.Seed && !taken.Contains(a.Key))
                .Select(a => (Member: a, Score: Score(gone, a)))
                .Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score)
                .FirstOrDefault();
            if (best.Member is not null)
            {
                taken.Add(best.Member.Key);
                pairs.Add((gone, best.Member));
            }
        }

        return pairs;
    }

    /// <summary>Appends the pairs to the map (made if missing), each under a comment that says what changed.</summary>
    public static void Append(string contentDir, IEnumerable<(IndexedMember Old, IndexedMember New)> pairs)
    {
        var path = Path.Combine(contentDir, MapFile);
        var text = new StringBuilder();
        if (!File.Exists(path))
        {
            text.Append("# Rename map: each line keeps an old member name compiling as an [Obsolete] member that forwards to the new one.\n")
                .Append("# Proposed by tools/public-api when a member's text was corrected; edit or delete lines by hand as needed.\n");
        }

        foreach (var (old, renamed) in pairs)
        {
            var place = old.Seed.Length == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({renamed.Seed}:{renamed.Line})");
            text.Append("# '").Append(old.Text).Append("' became '").Append(renamed.Text).Append('\'').Append(place).Append('\n')
                .Append(old.Key).Append(" -> ").Append(renamed.Key).Append('\n');
        }

        File.AppendAllText(path, text.ToString());
    }

    private static double Score(IndexedMember gone, IndexedMember candidate)
    {
        if (gone.Seed.Length == 0)
        {
            return gone.Text.Length == candidate.Text.Length && gone.Text.Length >= 2 && Differences(gone.Text, candidate.Text) == 1 ? 1 : 0;
        }

        var similar = Similarity(gone.Text, candidate.Text);
        var near = Math.Abs(gone.Line - candidate.Line) <= NearLines;
        return (near && similar >= SimilarNear) || similar >= SimilarAnywhere ? similar + (near ? 1 : 0) : 0;
    }

    /// <summary>Dice coefficient of the two texts' character pairs (characters alone for one-character texts).</summary>
    private static double Similarity(string a, string b)
    {
        var left = Pairs(a);
        var right = Pairs(b);
        if (left.Count + right.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var pool = right.ToList();
        foreach (var pair in left)
        {
            var at = pool.IndexOf(pair);
            if (at >= 0)
            {
                common++;
                pool.RemoveAt(at);
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    private static List<string> Pairs(string text) =>
        text.Length < 2 ? [text] : Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2)).ToList();

    private static int Differences(string a, string b) => a.Zip(b).Count(p => p.First != p.Second);
}
