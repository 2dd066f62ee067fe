using System.Globalization;
using System.Text.Json;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>The document-mode scores, split as score_people.py splits them.</summary>
internal sealed record DocumentResults(
    int Documents,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    IReadOnlyDictionary<string, Ratio> RecallByKind,
    Ratio BareSurnames,
    Ratio ReferenceOnly,
    Ratio WithTitle,
    Ratio WithoutTitle,
    IReadOnlyDictionary<string, Ratio> FigureRecall,
    Ratio FigureRecallAll,
    int DocumentsWithoutArticle)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
}

/// <summary>
/// Single documents (make_pages.py --docs N) scored the way score_people.py scores the CLI's JSON, so the two agree:
/// people by exact name per document (middle dots unified, spaces dropped), recall split by the gold's kind of name
/// and precision by whether the person was given a title; figures by recall only, a gold figure found when some
/// extracted figure of the document has its number (value or normalized value, as written or normalized).
/// </summary>
internal static class DocumentBench
{
    public const string Chinese = "chinese";
    public const string Foreign = "foreign";
    public const string Single = "single";

    /// <summary>score_people.py's DOTS: the marks printed for a middle dot in names, unified to U+00B7.</summary>
    private const string MiddleDots = "•‧・･∙⋅•●";

    public static string NormalizeName(string? name)
    {
        var chars = (name ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).Select(c => MiddleDots.Contains(c) ? '·' : c);
        return new string(chars.ToArray());
    }

    public static DocumentResults Score(CorpusPages corpus)
    {
        var golds = Directory.GetFiles(corpus.Documents, "*.gold.json").Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var gold = JsonDocument.Parse(File.ReadAllText(path));
                return gold.RootElement.Clone();
            }).ToList();
        var seeds = golds.Select(g => (Path.Combine(corpus.Documents, g.GetProperty("doc").GetString() + ".txt"), g.GetProperty("published_on").GetString()!)).ToList();
        var documents = PipelineRun.Extract(seeds);

        int tp = 0, fp = 0, fn = 0;
        var kindTotal = new Dictionary<string, Ratio> { [Chinese] = default, [Foreign] = default, [Single] = default };
        Ratio bare = default, reference = default, titled = default, untitled = default, figuresAll = default;
        var figureKinds = new Dictionary<string, Ratio>
        {
            [GoldVariants.Measure] = default, [GoldVariants.Percent] = default, [GoldVariants.OneClassifier] = default, [PageBench.DotDecimals] = default,
        };

        foreach (var (document, gold) in documents.Zip(golds))
        {
            var goldPeople = gold.GetProperty("people").EnumerateArray()
                .GroupBy(p => NormalizeName(p.GetProperty("name").GetString()))
                .ToDictionary(g => g.Key, g => g.First());
            var found = new Dictionary<string, bool>();
            foreach (var person in document.Model.People)
            {
                var name = NormalizeName(person.Name);
                if (name.Length > 0)
                {
                    found[name] = (found.TryGetValue(name, out var had) && had) || person.Titles.Count > 0;
                }
            }

            foreach (var (name, hasTitle) in found)
            {
                var right = goldPeople.ContainsKey(name) ? 1 : 0;
                tp += right;
                fp += 1 - right;
                if (hasTitle)
                {
                    titled += new Ratio(right, 1);
                }
                else
                {
                    untitled += new Ratio(right, 1);
                }
            }

            foreach (var (name, person) in goldPeople)
            {
                var hit = found.ContainsKey(name) ? 1 : 0;
                fn += 1 - hit;
                var kind = person.GetProperty("kind").GetString()!;
                kindTotal[kind] = kindTotal.GetValueOrDefault(kind) + new Ratio(hit, 1);
                if (kind == Single && name.Length == 1)
                {
                    bare += new Ratio(hit, 1);
                }

                if (person.TryGetProperty("reference_only", out var r) && r.ValueKind == JsonValueKind.True)
                {
                    reference += new Ratio(hit, 1);
                }
            }

            var values = document.Model.Figures
                .SelectMany(f => new[] { f.Value, f.NormalizedValue, f.UpperValue ?? f.Value })
                .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null)
                .OfType<double>()
                .ToList();
            foreach (var figure in gold.GetProperty("figures").EnumerateArray())
            {
                var candidates = new[] { figure.GetProperty("value").GetDouble(), figure.GetProperty("normalized").GetDouble() };
                var hit = values.Any(v => candidates.Any(c => Close(v, c))) ? 1 : 0;
                figuresAll += new Ratio(hit, 1);
                var kind = GoldVariants.Kind(figure);
                figureKinds[kind] = figureKinds.GetValueOrDefault(kind) + new Ratio(hit, 1);
                if (GoldVariants.Text(figure).Contains('·'))
                {
                    figureKinds[PageBench.DotDecimals] += new Ratio(hit, 1);
                }
            }
        }

        return new DocumentResults(documents.Count, tp, fp, fn, kindTotal, bare, reference, titled, untitled,
            figureKinds, figuresAll, documents.Count(d => d.Model.Articles.Count == 0));
    }

    /// <summary>score_people.py's close(): equal to a millionth, relative.</summary>
    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
}
