using System.Globalization;
using NewsContent.Generator.Model;

namespace NewsContent.Tests.Layout;

/// <summary>What differs between the extraction of a page in its own layout and in another: one readable line per difference.</summary>
internal static class LayoutComparison
{
    private const int MaxValueLength = 60;

    /// <summary>Everything extracted except where it stands in the seed (offsets, lines, pieces).</summary>
    public static List<string> Exact(PageModel own, PageModel variant) => Diff(Fields(own), Fields(variant));

    /// <summary>
    /// For a hard-wrapped page: the same article headlines, people and meetings, and every figure of the own layout
    /// found again with the same value and unit (so no figure was split by a wrap).
    /// </summary>
    public static List<string> Wrapped(PageModel own, PageModel variant)
    {
        var differences = new List<string>();
        var ownHeadlines = own.Articles.Select(a => a.Headline).ToList();
        var variantHeadlines = variant.Articles.Select(a => a.Headline).ToList();
        if (!ownHeadlines.SequenceEqual(variantHeadlines))
        {
            differences.Add($"headlines: own [{string.Join(" / ", ownHeadlines)}] variant [{string.Join(" / ", variantHeadlines)}]");
        }

        differences.AddRange(Multiset("person", own.People.Select(p => p.Name), variant.People.Select(p => p.Name), requireExtra: true));
        differences.AddRange(Multiset("meeting", own.Meetings.Select(m => m.Name), variant.Meetings.Select(m => m.Name), requireExtra: true));
        differences.AddRange(Multiset("figure", own.Figures.Select(f => $"{f.Text} ({f.Value} {f.Unit})"), variant.Figures.Select(f => $"{f.Text} ({f.Value} {f.Unit})"),
            requireExtra: false, key: s => s.Substring(s.LastIndexOf('('))));
        return differences;
    }

    private static IEnumerable<string> Multiset(string what, IEnumerable<string> own, IEnumerable<string> variant, bool requireExtra, Func<string, string>? key = null)
    {
        key ??= s => s;
        var left = variant.ToList();
        foreach (var item in own)
        {
            var at = left.FindIndex(v => key(v) == key(item));
            if (at < 0)
            {
                yield return $"{what} {item}: missing in the variant";
            }
            else
            {
                left.RemoveAt(at);
            }
        }

        if (requireExtra)
        {
            foreach (var item in left)
            {
                yield return $"{what} {item}: only in the variant";
            }
        }
    }

    private static List<(string Key, string Value)> Fields(PageModel page)
    {
        var fields = new List<(string, string)>();
        foreach (var a in page.Articles)
        {
            var at = "article " + a.Number;
            fields.Add((at + " headline", a.Headline));
            fields.Add((at + " subheadings", List(a.Subheadings)));
            fields.Add((at + " fragments", List(a.Fragments)));
            fields.Add((at + " dateline", a.Dateline ?? "-"));
            fields.Add((at + " dateline date", a.DatelineDate ?? "-"));
            fields.Add((at + " byline", a.Byline ?? "-"));
            fields.Add((at + " continued on", a.ContinuedOnPage?.ToString(CultureInfo.InvariantCulture) ?? "-"));
            fields.Add((at + " continued from", a.ContinuedFromPage?.ToString(CultureInfo.InvariantCulture) ?? "-"));
            fields.Add((at + " kind", a.Kind.Word()));
            for (var p = 0; p < a.Paragraphs.Count; p++)
            {
                fields.Add(($"{at} paragraph {p + 1}", a.Paragraphs[p]));
            }
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            var at = "meeting " + (i + 1);
            fields.Add((at + " name", m.Name));
            fields.Add((at + " aliases", List(m.Aliases)));
            fields.Add((at + " ordinal", m.Ordinal?.ToString(CultureInfo.InvariantCulture) ?? "-"));
            fields.Add((at + " date", m.Date ?? "-"));
            fields.Add((at + " chair", m.Chairs.Count == 0 ? "-" : string.Join("、", m.Chairs)));
            fields.Add((at + " attendees", List(m.Attendees)));
            fields.Add((at + " documents", List(m.Documents)));
            fields.Add((at + " article", $"{m.ArticleNumber} mentioned in {string.Join(",", m.MentionedIn)}"));
        }

        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            fields.Add(("figure " + (i + 1), $"{f.Text} = {f.Value} {f.Unit} ({f.NormalizedValue} {f.BaseUnit}) {f.Qualifier ?? "-"} counts {f.Counts} in article {f.ArticleNumber}"));
        }

        for (var i = 0; i < page.People.Count; i++)
        {
            var p = page.People[i];
            fields.Add(("person " + (i + 1), $"{p.Name} [{List(p.Titles)}] articles {string.Join(",", p.Articles)} meetings {string.Join(",", p.Meetings)}"));
        }

        for (var i = 0; i < page.Dates.Count; i++)
        {
            var d = page.Dates[i];
            fields.Add(("date " + (i + 1), $"{d.Text} = {d.Resolved ?? "-"} in article {d.ArticleNumber}"));
        }

        return fields;
    }

    private static string List(IEnumerable<string> values) => string.Join(" | ", values);

    private static List<string> Diff(List<(string Key, string Value)> own, List<(string Key, string Value)> variant)
    {
        var differences = new List<string>();
        var variantByKey = variant.ToDictionary(f => f.Key, f => f.Value);
        var ownKeys = new HashSet<string>(own.Select(f => f.Key));
        foreach (var (key, value) in own)
        {
            if (!variantByKey.TryGetValue(key, out var other))
            {
                differences.Add($"{key}: missing in the variant (own «{Short(value)}»)");
            }
            else if (other != value)
            {
                differences.Add($"{key}: own «{Around(value, other)}» variant «{Around(other, value)}»");
            }
        }

        foreach (var (key, value) in variant)
        {
            if (!ownKeys.Contains(key))
            {
                differences.Add($"{key}: only in the variant «{Short(value)}»");
            }
        }

        return differences;
    }

    private static string Short(string value) => value.Length <= MaxValueLength ? value : value.Substring(0, MaxValueLength) + "…";

    /// <summary>The value around where it first differs from the other.</summary>
    private static string Around(string value, string other)
    {
        var first = 0;
        while (first < value.Length && first < other.Length && value[first] == other[first])
        {
            first++;
        }

        var start = Math.Max(0, first - 20);
        var text = value.Substring(start, Math.Min(MaxValueLength, value.Length - start));
        return (start > 0 ? "…" : string.Empty) + text + (start + text.Length < value.Length ? "…" : string.Empty);
    }
}
