using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// The page gold re-cut so that the team scorer, unchanged, answers more questions: every gold figure made required
/// (the corpus counts 一 + measure word, the team gold does not), or only the figures of one kind kept, so the
/// scorer's recall is the recall of that kind.
/// </summary>
internal static class GoldVariants
{
    /// <summary>make_pages.py's figure kinds; a photo_note figure stands inside the corpus's own photo mark.</summary>
    public const string Measure = "measure";
    public const string Percent = "percent";
    public const string OneClassifier = "one_classifier";
    public const string PhotoNote = "photo_note";

    public static string Kind(JsonElement figure) => figure.TryGetProperty("kind", out var k) ? k.GetString() ?? string.Empty : string.Empty;

    public static string Text(JsonElement figure) => figure.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;

    /// <summary>A figure written with · as the decimal point (３·５％); photo marks left out.</summary>
    public static bool IsDotDecimal(JsonElement figure) => Kind(figure) != PhotoNote && Text(figure).Contains('·');

    /// <summary>
    /// Units the corpus cuts in two and the team's gold (and the product's vocabulary: FigureVocabulary.Durations and
    /// Ratios) read as one: the corpus tags 3个月 as 3个 + the noun 月, and 0.5个百分点 as 0.5个 + 百分点.
    /// </summary>
    private static readonly string[] UnitsAfterGe = { "月", "百分点" };

    private const string Ge = "个";

    /// <summary>
    /// The page gold with the corpus's 3个 (+ 月) and 0.5个 (+ 百分点) read as the team's gold reads them, 3个月 and
    /// 0.5个百分点, found by what follows the figure in its context; <paramref name="recut"/> counts the figures changed.
    /// </summary>
    public static JsonElement WithTeamUnits(JsonElement gold, out int recut)
    {
        recut = 0;
        var root = JsonNode.Parse(gold.GetRawText())!.AsObject();
        foreach (var node in root["figures"]!.AsArray().Select(n => n!.AsObject()))
        {
            var text = node["text"]?.GetValue<string>() ?? string.Empty;
            var unit = node["unit"]?.GetValue<string>() ?? string.Empty;
            var context = node["context"]?.GetValue<string>() ?? string.Empty;
            if (!text.EndsWith(Ge, StringComparison.Ordinal) || !unit.EndsWith(Ge, StringComparison.Ordinal)
                || UnitsAfterGe.FirstOrDefault(u => Follows(context, text, u)) is not { } rest)
            {
                continue;
            }

            node["text"] = text + rest;
            node["unit"] = unit + rest;
            if (node["normalized"] is JsonObject normalized)
            {
                normalized["unit"] = normalized["unit"]!.GetValue<string>() + rest;
            }

            recut++;
        }

        using var document = JsonDocument.Parse(root.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Whether <paramref name="rest"/> follows the figure in its context: make_pages.py cuts the context 12 characters
    /// before the figure, or at the line's start when the figure stands nearer to it.
    /// </summary>
    private static bool Follows(string context, string text, string rest)
    {
        const int Before = 12;
        var at = context.Length > Before && string.CompareOrdinal(context, Before, text, 0, text.Length) == 0 ? Before : context.IndexOf(text, StringComparison.Ordinal);
        return at >= 0 && at <= Before && string.CompareOrdinal(context, at + text.Length, rest, 0, rest.Length) == 0;
    }

    /// <summary>The gold with its figures filtered and, where <paramref name="required"/> says so, made required.</summary>
    public static JsonElement Figures(JsonElement gold, Func<JsonElement, bool> keep, Func<JsonElement, bool> required)
    {
        var root = JsonNode.Parse(gold.GetRawText())!.AsObject();
        var figures = new JsonArray();
        foreach (var figure in gold.GetProperty("figures").EnumerateArray().Where(keep))
        {
            var node = JsonNode.Parse(figure.GetRawText())!.AsObject();
            if (required(figure))
            {
                node.Remove("optional");
            }

            figures.Add(node);
        }

        root["figures"] = figures;
        using var document = JsonDocument.Parse(root.ToJsonString());
        return document.RootElement.Clone();
    }
}
