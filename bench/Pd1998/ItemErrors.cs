using NewsContent.Tests.Scoring;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// Missed and false people and figures, from <see cref="GoldScorer"/>'s differences: people by the gold's kind of name
/// (missed) or by whether they overlap a gold name of the page (false hits, a boundary error); figures by the shape of
/// the numeral and the measure word, so one row stands for one kind of number the parser does or does not read.
/// </summary>
internal static class ItemErrors
{
    public static (ErrorTally Missed, ErrorTally Extra) People(IReadOnlyList<ScoredPage> pages)
    {
        var missed = new ErrorTally("people missed");
        var extra = new ErrorTally("people false hits");
        foreach (var page in pages)
        {
            var gold = page.Gold.GetProperty("people").EnumerateArray()
                .GroupBy(p => GoldScorer.Normalize(p.GetProperty("name").GetString()))
                .ToDictionary(g => g.Key, g => g.First().GetProperty("kind").GetString() ?? "?", StringComparer.Ordinal);
            foreach (var difference in page.Score.Differences)
            {
                var name = difference.Detail;
                if (difference.Kind == DifferenceKinds.PersonMissed)
                {
                    var overlap = page.Page.Model.People.Any(p => p.Name.Contains(name, StringComparison.Ordinal) || name.Contains(p.Name, StringComparison.Ordinal));
                    missed.Add(gold.GetValueOrDefault(name, "?") + (overlap ? ", an overlapping name was found (boundary)" : string.Empty), name, Context(page.Page.Text, name));
                }
                else if (difference.Kind == DifferenceKinds.PersonExtra)
                {
                    var overlap = gold.Keys.Any(g => g.Contains(name, StringComparison.Ordinal) || name.Contains(g, StringComparison.Ordinal));
                    extra.Add(overlap ? "overlaps a gold name of the page (boundary)" : "no gold name overlaps", name, Context(page.Page.Text, name));
                }
            }
        }

        return (missed, extra);
    }

    public static (ErrorTally Missed, ErrorTally Extra) Figures(IReadOnlyList<ScoredPage> pages)
    {
        var missed = new ErrorTally("figures missed (every gold figure but 一 + measure word)");
        var extra = new ErrorTally("figures extra (not in the gold)");
        foreach (var page in pages)
        {
            foreach (var difference in page.Score.Differences)
            {
                // GoldScorer names a missed figure "text in \"context\"" and an extra one "text at \"around\"".
                if (difference.Kind == DifferenceKinds.FigureMissed && Split(difference.Detail, " in \"") is var (text, context))
                {
                    var unit = page.Gold.GetProperty("figures").EnumerateArray().Where(f => GoldVariants.Text(f) == text)
                        .Select(f => f.TryGetProperty("unit", out var u) ? u.GetString() : null).FirstOrDefault() ?? "?";
                    missed.Add($"{Shape(text)} + {unit}", text, context);
                }
                else if (difference.Kind == DifferenceKinds.FigureExtra && Split(difference.Detail, " at \"") is var (found, around))
                {
                    var unit = page.Page.Model.Figures.FirstOrDefault(f => f.Text == found)?.Unit ?? "?";
                    extra.Add($"{Shape(found)} + {unit}", found, around);
                }
            }
        }

        return (missed, extra);
    }

    /// <summary>How the numeral of a figure is written.</summary>
    private static string Shape(string text) =>
        text.Contains('·') || text.Contains('．') ? "· or ． decimal"
        : text.Any(c => c is >= '０' and <= '９') ? "full-width digits"
        : text.Any(char.IsAsciiDigit) ? "digits"
        : "Chinese numeral";

    private static (string Item, string Context)? Split(string detail, string separator)
    {
        var at = detail.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? null : (detail[..at], "…" + detail[(at + separator.Length)..].TrimEnd('"') + "…");
    }

    private static string Context(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        return ErrorTally.Around(text, at, name.Length, 8);
    }
}
