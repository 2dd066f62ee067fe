using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsContent.Generator.Model;
using static NewsContent.Tests.Scoring.DifferenceKinds;

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

/// <summary>A page's item scores and every difference from its gold, attribute differences included.</summary>
public sealed record PageScore(string Page, Score Articles, Score Meetings, Score Figures, Score People, IReadOnlyList<Difference> Differences)
{
    public int Count(string kind) => Differences.Count(d => d.Kind == kind);

    public static PageScore Total(IEnumerable<PageScore> pages) =>
        pages.Aggregate((a, b) => new PageScore("total", a.Articles + b.Articles, a.Meetings + b.Meetings, a.Figures + b.Figures, a.People + b.People,
            a.Differences.Concat(b.Differences).ToList()));
}

/// <summary>
/// Scores an extraction against a gold file by the gold's conventions (../shared/gold and tests/corpus/gold):
/// articles matched by headline (or an accepted alternative) and else by their first sentence, meetings by name or
/// alias, figures by their printed text, people by name. On a matched item every attribute the model promises is
/// compared, and a wrong one is a difference: an article's headline, dateline, byline and continuation; a meeting's
/// chair(s), date, attendees and documents; a figure's value, unit and the noun it counts; a person's titles.
/// Gold items marked optional neither reward nor penalise.
/// </summary>
public static class GoldScorer
{
    internal static PageScore Score(string page, JsonElement gold, PageModel model, string text)
    {
        var differences = new List<Difference>();
        void Add(string kind, string detail) => differences.Add(new Difference(page, kind, detail));
        return new PageScore(page,
            ScoreArticles(gold, model, Add),
            ScoreMeetings(gold, model, Add),
            ScoreFigures(gold, model, text, Add),
            ScorePeople(gold, model, Add),
            differences);
    }

    /// <summary>Text as the scorer compares it: no whitespace, full-width ASCII folded, curly quotes straightened.</summary>
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

    /// <summary>A list of names as one comparable string: separators between the names do not matter.</summary>
    private static string NameList(string? text) => new(Normalize(text).Where(c => c is not (',' or ';' or '/')).ToArray());

    private static Score ScoreArticles(JsonElement gold, PageModel model, Action<string, string> add)
    {
        var goldArticles = Array(gold, "articles").ToList();
        var matchOf = new int[goldArticles.Count];
        var used = new HashSet<int>();
        System.Array.Fill(matchOf, -1);

        // Headlines first, over the whole page, so a lead that happens to match cannot take another article's place.
        for (var g = 0; g < goldArticles.Count; g++)
        {
            var names = HeadlineForms(goldArticles[g]).Select(Normalize).ToHashSet();
            matchOf[g] = FirstUnused(model.Articles.Count, used, i => Normalize(model.Articles[i].Headline) is { Length: > 0 } h && names.Contains(h));
        }

        for (var g = 0; g < goldArticles.Count; g++)
        {
            var first = Normalize(Str(goldArticles[g], "first_sentence"));
            if (matchOf[g] < 0 && first.Length >= 8)
            {
                var prefix = first[..Math.Min(first.Length, 24)];
                matchOf[g] = FirstUnused(model.Articles.Count, used,
                    i => model.Articles[i].Paragraphs.Count > 0 && Normalize(model.Articles[i].Paragraphs[0]).StartsWith(prefix, StringComparison.Ordinal));
            }
        }

        for (var g = 0; g < goldArticles.Count; g++)
        {
            var article = goldArticles[g];
            var label = Str(article, "headline") is { Length: > 0 } h ? h : Shorten(Str(article, "first_sentence"));
            if (matchOf[g] < 0)
            {
                add(ArticleMissed, label);
                continue;
            }

            var found = model.Articles[matchOf[g]];
            var forms = HeadlineForms(article).Select(Normalize).ToHashSet();
            if (forms.Count == 0 ? found.Headline.Length > 0 : !forms.Contains(Normalize(found.Headline)))
            {
                add(ArticleHeadline, $"{label}: got '{found.Headline}'");
            }

            Compare(add, ArticleDateline, label, Str(article, "dateline"), found.Dateline, Normalize);
            Compare(add, ArticleByline, label, Str(article, "byline"), found.Byline, NameList);
            Compare(add, ArticleContinuedOn, label, PageNumber(article, "continued_on_page"), found.ContinuedOnPage);
            Compare(add, ArticleContinuedFrom, label, PageNumber(article, "continued_from_page"), found.ContinuedFromPage);
        }

        for (var i = 0; i < model.Articles.Count; i++)
        {
            if (!used.Contains(i))
            {
                add(ArticleExtra, model.Articles[i].Headline is { Length: > 0 } h ? h : Shorten(model.Articles[i].Paragraphs.FirstOrDefault()));
            }
        }

        var matched = matchOf.Count(m => m >= 0);
        return new Score("articles", matched, model.Articles.Count - matched, goldArticles.Count - matched);
    }

    private static Score ScoreMeetings(JsonElement gold, PageModel model, Action<string, string> add)
    {
        var used = new HashSet<int>();
        var tp = 0;
        var fn = 0;
        foreach (var meeting in Array(gold, "meetings"))
        {
            var label = Str(meeting, "name") ?? "?";
            var names = new[] { label }.Concat(Strings(meeting, "aliases")).Select(Normalize).ToHashSet();
            var match = FirstUnused(model.Meetings.Count, used, i => model.Meetings[i].Aliases.Append(model.Meetings[i].Name).Any(n => names.Contains(Normalize(n))));
            if (match < 0)
            {
                fn++;
                add(MeetingMissed, label);
                continue;
            }

            tp++;
            var found = model.Meetings[match];

            // Co-chairs are a list in the gold (a single chair may be a plain string): every chair is compared, in order.
            var goldChairs = meeting.TryGetProperty("chair", out var c) && c.ValueKind == JsonValueKind.Array
                ? string.Join("、", c.EnumerateArray().Select(e => e.GetString()))
                : Str(meeting, "chair");
            Compare(add, MeetingChair, label, goldChairs, found.Chairs.Count == 0 ? null : string.Join("、", found.Chairs), NameList);
            Compare(add, MeetingDate, label, Str(meeting, "date"), found.Date, s => s ?? string.Empty);
            CompareSets(add, MeetingAttendeeMissed, MeetingAttendeeExtra, label, Strings(meeting, "attendees"), found.Attendees, Normalize);
            CompareSets(add, MeetingDocumentMissed, MeetingDocumentExtra, label, Strings(meeting, "documents"), found.Documents, d => Normalize(d).Trim('《', '》'));
        }

        for (var i = 0; i < model.Meetings.Count; i++)
        {
            if (!used.Contains(i))
            {
                add(MeetingExtra, model.Meetings[i].Name);
            }
        }

        return new Score("meetings", tp, model.Meetings.Count - used.Count, fn);
    }

    private static Score ScorePeople(JsonElement gold, PageModel model, Action<string, string> add)
    {
        var optional = new HashSet<string>();
        var required = new Dictionary<string, HashSet<string>>();
        foreach (var person in Array(gold, "people"))
        {
            var name = Normalize(Str(person, "name"));
            if (IsOptional(person))
            {
                optional.Add(name);
                continue;
            }

            if (!required.TryGetValue(name, out var titles))
            {
                required[name] = titles = new HashSet<string>();
            }

            titles.UnionWith(Strings(person, "titles").Select(Normalize));
        }

        var found = new Dictionary<string, PersonModel>();
        foreach (var person in model.People)
        {
            found.TryAdd(Normalize(person.Name), person);
        }

        var tp = 0;
        var fp = 0;
        foreach (var (name, titles) in required.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!found.TryGetValue(name, out var person))
            {
                add(PersonMissed, name);
                continue;
            }

            tp++;
            CompareSets(add, PersonTitleMissed, PersonTitleExtra, name, titles, person.Titles, Normalize);
        }

        foreach (var name in found.Keys.Where(n => !required.ContainsKey(n) && !optional.Contains(n)).OrderBy(n => n, StringComparer.Ordinal))
        {
            fp++;
            add(PersonExtra, name);
        }

        return new Score("people", tp, fp, required.Count - tp);
    }

    private static Score ScoreFigures(JsonElement gold, PageModel model, string text, Action<string, string> add)
    {
        var figures = model.Figures;
        var used = new HashSet<int>();
        var endsUsed = new HashSet<(int, RangeEnd)>();
        var tp = 0;
        var fn = 0;
        var goldFigures = Array(gold, "figures").ToList();

        // Required figures first, so an optional one printed the same way cannot take a required one's match.
        foreach (var figure in goldFigures.OrderBy(IsOptional))
        {
            var printed = Normalize(Str(figure, "text"));
            var article = Int(figure, "article");
            var match = FirstUnused(figures.Count, used, i => Normalize(figures[i].Text) == printed && figures[i].ArticleNumber == article);
            if (match < 0)
            {
                match = FirstUnused(figures.Count, used, i => Normalize(figures[i].Text) == printed);
            }

            if (match < 0)
            {
                var key = Key(figure);
                match = FirstUnused(figures.Count, used, i => key is not null && figures[i].UpperValue is null && Key(figures[i]) == key && figures[i].ArticleNumber == article);
            }

            // 3至14天 when the gold lists 14天 (or 15元 of 15元至20元) on its own: an end of a range figure, each end matched once.
            var end = RangeEnd.Whole;
            if (match < 0)
            {
                (match, end) = FirstUnusedEnd(figures, used, endsUsed, printed, article);
            }

            if (IsOptional(figure))
            {
                continue;
            }

            var label = $"{Str(figure, "text")} in \"{Str(figure, "context")}\"";
            if (match < 0)
            {
                fn++;
                add(FigureMissed, label);
                continue;
            }

            tp++;
            var found = figures[match];
            if (ValueDifference(figure, found, end) is { } difference)
            {
                add(FigureValue, $"{label}: {difference}");
            }

            Compare(add, FigureUnit, label, Str(figure, "unit"), found.Unit, u => Normalize(u).Replace("％", "%"));
            if (Str(figure, "counts_noun") is { Length: > 0 } noun && !Normalize(found.Counts).Contains(Normalize(noun), StringComparison.Ordinal))
            {
                add(FigureCounts, $"{label}: gold '{noun}' got '{found.Counts}'");
            }
        }

        var matched = used.Concat(endsUsed.Select(e => e.Item1)).ToHashSet();
        for (var i = 0; i < figures.Count; i++)
        {
            if (!matched.Contains(i))
            {
                add(FigureExtra, $"{figures[i].Text} at \"{Around(text, figures[i].Source)}\"");
            }
        }

        // Extracted figures that matched an optional gold figure are neither right nor wrong.
        return new Score("figures", tp, figures.Count - matched.Count, fn);
    }

    /// <summary>Which part of an extracted figure a gold figure matched: all of it, or one end of a range.</summary>
    private enum RangeEnd
    {
        Whole,
        Lower,
        Upper,
    }

    /// <summary>A range figure (not matched whole) with an unmatched end printed as the gold figure, in its article first.</summary>
    private static (int Match, RangeEnd End) FirstUnusedEnd(IReadOnlyList<FigureModel> figures, HashSet<int> used, HashSet<(int, RangeEnd)> endsUsed, string printed, int? article)
    {
        foreach (var sameArticle in new[] { true, false })
        {
            for (var i = 0; i < figures.Count; i++)
            {
                if (used.Contains(i) || (sameArticle && figures[i].ArticleNumber != article) || RangeEnds.Of(figures[i]) is not { } ends)
                {
                    continue;
                }

                foreach (var (end, endText) in new[] { (RangeEnd.Upper, ends.Upper), (RangeEnd.Lower, ends.Lower) })
                {
                    if (Normalize(endText) == printed && endsUsed.Add((i, end)))
                    {
                        return (i, end);
                    }
                }
            }
        }

        return (-1, RangeEnd.Whole);
    }

    /// <summary>
    /// The gold's value and the one found when they differ, else null: a range's gold value is [lower, upper] and is
    /// compared with both ends; a gold end of a range with the end it matched.
    /// </summary>
    private static string? ValueDifference(JsonElement figure, FigureModel found, RangeEnd end)
    {
        var foundText = end == RangeEnd.Upper ? found.UpperValue : found.Value;
        if (figure.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Array && v.GetArrayLength() == 2)
        {
            return v[0].GetDecimal() == ParseDecimal(found.Value) && v[1].GetDecimal() == ParseDecimal(found.UpperValue)
                ? null
                : $"gold [{v[0].GetDecimal().ToString(CultureInfo.InvariantCulture)}, {v[1].GetDecimal().ToString(CultureInfo.InvariantCulture)}] got [{found.Value}, {found.UpperValue ?? "none"}]";
        }

        var goldValue = v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : (decimal?)null;
        return goldValue == ParseDecimal(foundText) ? null : $"gold {goldValue?.ToString(CultureInfo.InvariantCulture) ?? "none"} got {foundText ?? "none"}";
    }

    private static int FirstUnused(int count, HashSet<int> used, Func<int, bool> matches)
    {
        for (var i = 0; i < count; i++)
        {
            if (!used.Contains(i) && matches(i))
            {
                used.Add(i);
                return i;
            }
        }

        return -1;
    }

    private static void Compare(Action<string, string> add, string kind, string label, string? gold, string? found, Func<string?, string> normalize)
    {
        if (normalize(gold ?? string.Empty) != normalize(found ?? string.Empty))
        {
            add(kind, $"{label}: gold '{gold}' got '{found}'");
        }
    }

    private static void Compare(Action<string, string> add, string kind, string label, int? gold, int? found)
    {
        if (gold != found)
        {
            add(kind, $"{label}: gold {gold?.ToString(CultureInfo.InvariantCulture) ?? "none"} got {found?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        }
    }

    private static void CompareSets(Action<string, string> add, string missedKind, string extraKind, string label, IEnumerable<string> gold, IEnumerable<string> found, Func<string, string> normalize)
    {
        var goldSet = gold.Select(normalize).ToHashSet();
        var foundSet = found.Select(normalize).ToHashSet();
        foreach (var missed in goldSet.Where(g => !foundSet.Contains(g)).OrderBy(g => g, StringComparer.Ordinal))
        {
            add(missedKind, $"{label}: {missed}");
        }

        foreach (var extra in foundSet.Where(f => !goldSet.Contains(f)).OrderBy(f => f, StringComparer.Ordinal))
        {
            add(extraKind, $"{label}: {extra}");
        }
    }

    private static IEnumerable<string> HeadlineForms(JsonElement article) =>
        new[] { Str(article, "headline") }.Concat(Strings(article, "headline_alternatives")).Concat(Strings(article, "raw_headline_lines"))
            .Where(s => !string.IsNullOrEmpty(s))!;

    /// <summary>The printed text around an extracted item, to name an extra by where it stands.</summary>
    private static string Around(string text, SourceSpan span)
    {
        var start = Math.Max(0, Math.Min(text.Length, span.Offset) - 6);
        var end = Math.Min(text.Length, span.Offset + span.Length + 6);
        return Normalize(text[start..end]);
    }

    private static string Shorten(string? text)
    {
        var normalized = Normalize(text);
        return normalized.Length <= 24 ? normalized : normalized[..24];
    }

    private static string? Key(JsonElement figure) =>
        figure.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal().ToString("0.############", CultureInfo.InvariantCulture) + "|" + Normalize(Str(figure, "unit")) : null;

    private static string Key(FigureModel figure) =>
        (ParseDecimal(figure.Value)?.ToString("0.############", CultureInfo.InvariantCulture) ?? "?") + "|" + Normalize(figure.Unit);

    private static decimal? ParseDecimal(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool IsOptional(JsonElement item) => item.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : Enumerable.Empty<JsonElement>();

    private static IEnumerable<string> Strings(JsonElement item, string name) =>
        Array(item, name).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).Where(s => s.Length > 0);

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A page as the gold writes it: a number, or a section and number ("A2"), scored by its number (the model keeps the section apart).</summary>
    private static int? PageNumber(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? NewsContent.Generator.Parsing.Articles.PageNumbers.Parse(value.GetString())?.Number
            : Int(item, name);

    private static int? Int(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
