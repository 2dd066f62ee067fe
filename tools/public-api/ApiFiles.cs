namespace NewsContent.PublicApi;

/// <summary>Brings PublicAPI.Shipped.txt and PublicAPI.Unshipped.txt in line with the current surface.</summary>
internal static class ApiFiles
{
    private const string NullableHeader = "#nullable enable";

    public sealed record Change(IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

    /// <param name="ship">Everything current goes to Shipped (a release); otherwise lines not yet shipped go to Unshipped.</param>
    public static Change Update(string contentDir, IReadOnlyList<string> surface, bool ship)
    {
        var shippedPath = Path.Combine(contentDir, "PublicAPI.Shipped.txt");
        var unshippedPath = Path.Combine(contentDir, "PublicAPI.Unshipped.txt");
        var shipped = Read(shippedPath);
        var unshipped = Read(unshippedPath);
        var current = new HashSet<string>(surface, StringComparer.Ordinal);

        var added = surface.Where(l => !shipped.Contains(l) && !unshipped.Contains(l)).ToList();
        var removed = shipped.Concat(unshipped).Where(l => !current.Contains(l)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        if (ship)
        {
            Write(shippedPath, surface);
            Write(unshippedPath, []);
        }
        else
        {
            Write(shippedPath, shipped.Where(current.Contains));
            Write(unshippedPath, surface.Where(l => !shipped.Contains(l)));
        }

        return new Change(added, removed);
    }

    private static HashSet<string> Read(string path) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.Length > 0 && l != NullableHeader).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static void Write(string path, IEnumerable<string> lines)
    {
        var body = lines.Order(StringComparer.Ordinal).Prepend(NullableHeader);
        File.WriteAllText(path, string.Join("\n", body) + "\n");
    }
}
