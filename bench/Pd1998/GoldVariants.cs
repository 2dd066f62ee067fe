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
