namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// Gold figures and people that stand only on lines no extracted article owns (the parser's CONTENT004 text): nothing
/// reads those lines, so they are lost however good the finders are. Tallied by where the line stands (before the first
/// article, after a sentence, after a signature…), the sign of which layout rule left it without a home.
/// </summary>
internal static class OutsideLines
{
    public static ErrorTally Of(IReadOnlyList<ScoredPage> pages)
    {
        var tally = new ErrorTally("gold figures and people only on lines in no article");
        foreach (var page in pages)
        {
            var lines = new PageLines(page.Page.Reflowed);
            var owned = Owned(page.Page);
            bool LineOwned(int line)
            {
                var text = lines.Text(line);
                var start = lines.Offset(line);
                return Enumerable.Range(0, text.Length).Any(k => !char.IsWhiteSpace(text[k]) && owned[start + k]);
            }

            foreach (var figure in page.Gold.GetProperty("figures").EnumerateArray())
            {
                var kind = GoldVariants.Kind(figure);
                if (kind is GoldVariants.OneClassifier or GoldVariants.PhotoNote || !figure.TryGetProperty("line", out var at) || LineOwned(at.GetInt32()))
                {
                    continue;
                }

                tally.Add("figure: " + Where(page.Page, lines, at.GetInt32()), GoldVariants.Text(figure), lines.Context(lines.Offset(at.GetInt32())));
            }

            foreach (var person in page.Gold.GetProperty("people").EnumerateArray())
            {
                var name = person.GetProperty("name").GetString() ?? string.Empty;
                var found = Occurrences(page.Page.Reflowed, name.Replace("\u3000", string.Empty, StringComparison.Ordinal)).Select(lines.LineAt).ToList();
                if (found.Count == 0 || found.Any(LineOwned))
                {
                    continue;
                }

                tally.Add("person: " + Where(page.Page, lines, found[0]), name, lines.Context(lines.Offset(found[0])));
            }
        }

        return tally;
    }

    private static bool[] Owned(ExtractedPage page)
    {
        var owned = new bool[page.Reflowed.Length + 1];
        foreach (var piece in page.Model.Articles.SelectMany(a => a.Pieces))
        {
            for (var k = 0; k < piece.Text.Length; k++)
            {
                owned[Math.Min(page.ReflowedOffset(piece.Offset + k), owned.Length - 1)] = true;
            }
        }

        return owned;
    }

    private static IEnumerable<int> Occurrences(string text, string name)
    {
        for (var at = name.Length == 0 ? -1 : text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>Where a line no article owns stands: at the top, or after what kind of line.</summary>
    private static string Where(ExtractedPage page, PageLines lines, int line)
    {
        var firstArticle = page.Model.Articles.SelectMany(a => a.Pieces).Select(p => (int?)page.ReflowedOffset(p.Offset)).Min();
        if (firstArticle is null || lines.Offset(line) < firstArticle)
        {
            return "before the first article";
        }

        var previous = lines.PreviousText(line).TrimEnd();
        return previous.Length == 0 ? "at the top"
            : previous.EndsWith('）') ? "after a line ending in （…）"
            : "。！？”」』".Contains(previous[^1]) ? "after a sentence"
            : "after a line without an end mark";
    }
}
