namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// Errors counted by kind (and by item within a kind), each kind keeping a few examples with their context, printed
/// as the most frequent first. Console only: the examples are corpus text and never go into the repository.
/// </summary>
internal sealed class ErrorTally(string title)
{
    private readonly Dictionary<string, Dictionary<string, (int Count, string Context)>> kinds = new(StringComparer.Ordinal);

    public int Total => kinds.Values.Sum(items => items.Values.Sum(i => i.Count));

    public void Add(string kind, string item, string context)
    {
        if (!kinds.TryGetValue(kind, out var items))
        {
            kinds[kind] = items = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        }

        items[item] = items.TryGetValue(item, out var had) ? (had.Count + 1, had.Context) : (1, context);
    }

    /// <summary>A table of the kinds with their counts, then the <paramref name="top"/> most frequent items, taken kind by kind in turn.</summary>
    public void Print(TextWriter output, int top)
    {
        output.WriteLine($"### {title}: {Total}");
        output.WriteLine();
        output.WriteLine("| kind | count | most frequent (× times) |");
        output.WriteLine("|---|---:|---|");
        var ordered = kinds.OrderByDescending(k => k.Value.Values.Sum(i => i.Count)).ThenBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var (kind, items) in ordered.Take(top))
        {
            var frequent = items.OrderByDescending(i => i.Value.Count).ThenBy(i => i.Key, StringComparer.Ordinal).Take(3).Select(i => $"{Cell(i.Key)} ×{i.Value.Count}");
            output.WriteLine($"| {kind} | {items.Values.Sum(i => i.Count)} | {string.Join(", ", frequent)} |");
        }

        if (ordered.Count > top)
        {
            output.WriteLine($"| {ordered.Count - top} other kinds | {ordered.Skip(top).Sum(k => k.Value.Values.Sum(i => i.Count))} | |");
        }

        output.WriteLine();
        var queues = ordered.Select(k => new Queue<KeyValuePair<string, (int Count, string Context)>>(
            k.Value.OrderByDescending(i => i.Value.Count).ThenBy(i => i.Key, StringComparer.Ordinal))).ToList();
        var kindNames = ordered.Select(k => k.Key).ToList();
        for (var printed = 0; printed < top && queues.Any(q => q.Count > 0);)
        {
            for (var k = 0; k < queues.Count && printed < top; k++)
            {
                if (queues[k].TryDequeue(out var item))
                {
                    output.WriteLine($"- [{kindNames[k]}] {item.Key} ×{item.Value.Count}   {item.Value.Context}");
                    printed++;
                }
            }
        }

        output.WriteLine();
    }

    /// <summary>The text around <paramref name="index"/> on its line, the item in ⟦ ⟧.</summary>
    public static string Around(string text, int index, int length, int width = 10)
    {
        if (index < 0 || index >= text.Length)
        {
            return string.Empty;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var lineEnd = text.IndexOf('\n', index) is var e and >= 0 ? e : text.Length;
        var start = Math.Max(lineStart, index - width);
        var end = Math.Min(lineEnd, index + length + width);
        var stop = Math.Min(end, index + length);
        return "…" + text[start..index] + "⟦" + text[index..stop] + "⟧" + text[stop..end] + "…";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
