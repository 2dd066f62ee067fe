using System.Text;
using System.Text.Json;
using NewsContent.Generator.Model;

namespace NewsContent.Tests.Scoring;

/// <summary>Precision, recall and F1 of one category.</summary>
public sealed record Score(string Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.Category, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public override string ToString() => $"{Category}: P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}

/// <summary>A page's scores plus the meeting details the gold checks (chair and date on matched meetings).</summary>
public sealed record PageScore(string Page, Score Articles, Score Meetings, Score Figures, Score People, int MeetingsChairRight, int MeetingsDateRight, IReadOnlyList<string> Misses);

/// <summary>
/// Scores an extraction against a gold file by the gold's conventions: articles by headline (or its
/// alternatives, or the first sentence), meetings by name or alias, people by name, figures by value and
/// unit. Gold items marked optional neither reward nor penalise.
/// </summary>
public static class GoldScorer
{
    internal static PageScore Score(string page, JsonElement gold, PageModel model)
    {
        var misses = new List<string>();
        return new PageScore(page,
            ScoreArticles(gold, model, misses),
            ScoreMeetings(gold, model, misses, out var chairs, out var dates),
            ScoreFigures(gold, model, misses),
            ScorePeople(gold, model, misses),
            chairs,
            dates,
            misses);
    }

    public static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            var half = c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            builder.Append(half switch { '“' or '”' => '"', '‘' or '’' => '\'', '、' => ',', '。' => '.', _ => half });
        }

        return builder.ToString();
    }

    private static Score ScoreArticles(JsonElement gold, PageModel model, List<string> misses)
    {
        var used = new HashSet<int>();
        var tp = 0;
        var fn = 0;
        foreach (var article in Array(gold, "articles"))
        {
            var names = new List<string>();
            AddString(names, article, "headline");
            AddStrings(names, article, "headline_alternatives");
            AddStrings(names, article, "raw_headline_lines");
            var first = Normalize(Str(article, "first_sentence"));
            var match = -1;
            for (var i = 0; i < model.Articles.Count && match < 0; i++)
            {
                if (used.Contains(i))
                {
                    continue;
                }

                var a = model.Articles[i];
                var headline = Normalize(a.Headline);
                var byHeadline = headline.Length > 0 && names.Any(n => Normalize(n) == headline);
                var lead = a.Paragraphs.Count > 0 ? Normalize(a.Paragraphs[0]) : string.Empty;
                var byLead = first.Length >= 8 && lead.StartsWith(first[..Math.Min(first.Length, 24)], StringComparison.Ordinal);
                if (byHeadline || byLead)
                {
                    match = i;
                }
            }

            if (match >= 0)
            {
                used.Add(match);
                tp++;
            }
            else
            {
                fn++;
                misses.Add("article missed: " + (Str(article, "headline") ?? first));
            }
        }

        for (var i = 0; i < model.Articles.Count; i++)
        {
            if (!used.Contains(i))
            {
                misses.Add("article extra: " + model.Articles[i].Headline);
            }
        }

        return new Score("articles", tp, model.Articles.Count - used.Count, fn);
    }

    private static Score ScoreMeetings(JsonElement gold, PageModel model, List<string> misses, out int chairs, out int dates)
    {
        chairs = 0;
        dates = 0;
        var used = new HashSet<int>();
        var tp = 0;
        var fn = 0;
        foreach (var meeting in Array(gold, "meetings"))
        {
            var names = new List<string>();
            AddString(names, meeting, "name");
            AddStrings(names, meeting, "aliases");
            var normalized = names.Select(Normalize).ToHashSet();
            var match = -1;
            for (var i = 0; i < model.Meetings.Count && match < 0; i++)
            {
                if (!used.Contains(i) && model.Meetings[i].Aliases.Append(model.Meetings[i].Name).Any(n => normalized.Contains(Normalize(n))))
                {
                    match = i;
                }
            }

            if (match < 0)
            {
                fn++;
                misses.Add("meeting missed: " + Str(meeting, "name"));
                continue;
            }

            used.Add(match);
            tp++;
            var found = model.Meetings[match];
            var chair = meeting.TryGetProperty("chair", out var c) ? c : default;
            var goldChair = chair.ValueKind == JsonValueKind.String ? chair.GetString() : chair.ValueKind == JsonValueKind.Array ? string.Join("、", chair.EnumerateArray().Select(e => e.GetString())) : null;
            if (Normalize(goldChair) == Normalize(found.Chair))
            {
                chairs++;
            }
            else
            {
                misses.Add($"meeting chair: {Str(meeting, "name")} gold '{goldChair}' got '{found.Chair}'");
            }

            var goldDate = meeting.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            if (goldDate == found.Date || (goldDate is not null && found.Date is not null && goldDate.StartsWith(found.Date, StringComparison.Ordinal)))
            {
                dates++;
            }
            else
            {
                misses.Add($"meeting date: {Str(meeting, "name")} gold '{goldDate}' got '{found.Date}'");
            }
        }

        for (var i = 0; i < model.Meetings.Count; i++)
        {
            if (!used.Contains(i))
            {
                misses.Add("meeting extra: " + model.Meetings[i].Name);
            }
        }

        return new Score("meetings", tp, model.Meetings.Count - used.Count, fn);
    }

    private static Score ScorePeople(JsonElement gold, PageModel model, List<string> misses)
    {
        var required = new HashSet<string>();
        var optional = new HashSet<string>();
        foreach (var person in Array(gold, "people"))
        {
            var name = Normalize(Str(person, "name"));
            (IsOptional(person) ? optional : required).Add(name);
        }

        var found = model.People.Select(p => Normalize(p.Name)).ToHashSet();
        var tp = found.Count(required.Contains);
        var fp = found.Count(n => !required.Contains(n) && !optional.Contains(n));
        misses.AddRange(required.Where(n => !found.Contains(n)).Select(n => "person missed: " + n));
        misses.AddRange(found.Where(n => !required.Contains(n) && !optional.Contains(n)).Select(n => "person extra: " + n));
        return new Score("people", tp, fp, required.Count - tp);
    }

    private static Score ScoreFigures(JsonElement gold, PageModel model, List<string> misses)
    {
        var extracted = model.Figures.Select(f => (Key: Key(f.Value, f.Unit), f.Text)).ToList();
        var usedExtracted = new bool[extracted.Count];
        var tp = 0;
        var fn = 0;
        var optionalKeys = new List<string>();
        foreach (var figure in Array(gold, "figures"))
        {
            if (!figure.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Number)
            {
                optionalKeys.Add(Key(null, Str(figure, "unit")));
                continue;
            }

            var key = Key(value.GetDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture), Str(figure, "unit"));
            if (IsOptional(figure))
            {
                optionalKeys.Add(key);
                continue;
            }

            var index = Enumerable.Range(0, extracted.Count).FirstOrDefault(i => !usedExtracted[i] && extracted[i].Key == key, -1);
            if (index >= 0)
            {
                usedExtracted[index] = true;
                tp++;
            }
            else
            {
                fn++;
                misses.Add("figure missed: " + Str(figure, "text"));
            }
        }

        var fp = 0;
        for (var i = 0; i < extracted.Count; i++)
        {
            if (usedExtracted[i])
            {
                continue;
            }

            var optionalAt = optionalKeys.IndexOf(extracted[i].Key);
            if (optionalAt >= 0)
            {
                optionalKeys.RemoveAt(optionalAt);
                continue;
            }

            fp++;
            misses.Add("figure extra: " + extracted[i].Text);
        }

        return new Score("figures", tp, fp, fn);
    }

    private static string Key(string? value, string? unit)
    {
        var v = value is null ? "?" : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
        var u = Normalize(unit).Replace("％", "%");
        return v + "|" + u;
    }

    private static bool IsOptional(JsonElement item) => item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void AddString(List<string> list, JsonElement item, string name)
    {
        if (Str(item, name) is { Length: > 0 } value)
        {
            list.Add(value);
        }
    }

    private static void AddStrings(List<string> list, JsonElement item, string name)
    {
        foreach (var value in Array(item, name))
        {
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
            {
                list.Add(s);
            }
        }
    }
}
