using NewsContent.Generator.Model;
using System.Text.Json;
using NewsContent.Tests.Scoring;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>One page's extraction and its gold.</summary>
internal sealed record ScoredPage(ExtractedPage Page, JsonElement Gold, PageScore Score);

/// <summary>The page-mode scores: the team scorer on the gold as made, and on the gold re-cut for the figure rows.</summary>
internal sealed record PageResults(
    IReadOnlyList<ScoredPage> Pages,
    PageScore Total,
    Score EveryFigure,
    IReadOnlyDictionary<string, Ratio> FigureRecall,
    int HeadlinesRight,
    int GoldArticles,
    int PagesWithoutArticle,
    Score FiguresAsTagged,
    int FiguresRecut,
    Score FiguresWithoutPeopleCounts);

/// <summary>
/// Whole pages (make_pages.py --page-mode) scored by <see cref="GoldScorer"/>, the scorer of the team's gold tests:
/// articles by headline (or an accepted alternative), else by first sentence; figures by printed text; people by name,
/// per page. Figure recall by kind comes from the same scorer run on the gold cut down to that kind.
/// </summary>
internal static class PageBench
{
    public const string DotDecimals = "dot";

    /// <summary>人 and 人次 (with 万 or 亿 before them): the unit the corpus tags as a noun.</summary>
    private static bool CountsPeople(FigureModel figure) => figure.BaseUnit is "人" or "人次";

    /// <summary>Scores the pages as made, or each hard-wrapped at <paramref name="wrap"/> characters when it is not 0.</summary>
    public static PageResults Score(CorpusPages corpus, int wrap = 0)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(corpus.PageMeta));
        var seeds = Directory.GetFiles(corpus.PageTexts, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (path, meta.RootElement.GetProperty(Path.GetFileName(path)).GetString()!))
            .ToList();
        var pages = PipelineRun.Extract(seeds, wrap);
        var tagged = pages.Select(page =>
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus.PageGold, page.Id + ".json")));
            return gold.RootElement.Clone();
        }).ToList();

        // Scored on the team's units (3个月 one figure); the corpus's own cut is scored once more for the report.
        var recut = 0;
        var golds = tagged.Select(gold =>
        {
            var aligned = GoldVariants.WithTeamUnits(gold, out var changed);
            recut += changed;
            return aligned;
        }).ToList();
        var asTagged = pages.Select((page, i) => GoldScorer.Score(page.Id, tagged[i], page.Model, page.Text).Figures).Aggregate((a, b) => a + b);

        // The corpus mostly tags 人 as a noun (its README), so N人 is rarely in its gold: the same score with the figures of people left out.
        var withoutPeopleCounts = pages.Select((page, i) => GoldScorer.Score(page.Id, golds[i],
            page.Model with { Figures = page.Model.Figures.Where(f => !CountsPeople(f)).ToEquatableArray() }, page.Text).Figures).Aggregate((a, b) => a + b);

        var scored = pages.Select((page, i) => new ScoredPage(page, golds[i], GoldScorer.Score(page.Id, golds[i], page.Model, page.Text))).ToList();
        var total = PageScore.Total(scored.Select(s => s.Score));

        Score Pass(Func<JsonElement, bool> keep, Func<JsonElement, bool> required) =>
            scored.Select(s => GoldScorer.Score(s.Page.Id, GoldVariants.Figures(s.Gold, keep, required), s.Page.Model, s.Page.Text).Figures)
                .Aggregate((a, b) => a + b);
        Ratio Recall(Func<JsonElement, bool> kind)
        {
            var score = Pass(kind, _ => true);
            return new Ratio(score.TruePositives, score.TruePositives + score.FalseNegatives);
        }

        var every = Pass(_ => true, f => GoldVariants.Kind(f) == GoldVariants.OneClassifier);
        var byKind = new Dictionary<string, Ratio>
        {
            [GoldVariants.Measure] = Recall(f => GoldVariants.Kind(f) == GoldVariants.Measure),
            [GoldVariants.Percent] = Recall(f => GoldVariants.Kind(f) == GoldVariants.Percent),
            [GoldVariants.OneClassifier] = Recall(f => GoldVariants.Kind(f) == GoldVariants.OneClassifier),
            [DotDecimals] = Recall(GoldVariants.IsDotDecimal),
        };

        var goldArticles = total.Articles.TruePositives + total.Articles.FalseNegatives;
        var headlinesRight = total.Articles.TruePositives - total.Count(DifferenceKinds.ArticleHeadline);
        var withoutArticle = pages.Count(p => p.Model.Articles.Count == 0);
        return new PageResults(scored, total, every, byKind, headlinesRight, goldArticles, withoutArticle, asTagged, recut, withoutPeopleCounts);
    }
}
