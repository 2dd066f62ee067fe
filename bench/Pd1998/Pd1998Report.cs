using System.Globalization;
using NewsContent.Tests.Scoring;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>The scores as Markdown tables: whole pages first, then single documents. Numbers only, no corpus text.</summary>
internal static class Pd1998Report
{
    public static void Pages(TextWriter output, PageResults results, string madeBy)
    {
        var total = results.Total;
        output.WriteLine($"## Whole pages ({results.Pages.Count} pages, {results.GoldArticles} gold articles; make_pages.py --page-mode)");
        output.WriteLine();
        output.WriteLine("| | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|");
        Row(output, "articles (headline, else first sentence: GoldScorer)", total.Articles);
        Row(output, "figures, every gold figure (一 + measure word required)", results.EveryFigure);
        Row(output, "figures without 一 + measure word (team convention: optional)", total.Figures);
        Row(output, $"the same on the corpus's cut of units (3个 + 月, not 3个月: {results.FiguresRecut} gold figures)", results.FiguresAsTagged);
        Row(output, "the same with N人 left out of the extraction (the corpus mostly tags 人 as a noun)", results.FiguresWithoutPeopleCounts);
        Row(output, "people (per page, by name)", total.People);
        output.WriteLine();
        output.WriteLine("| | found |");
        output.WriteLine("|---|---:|");
        output.WriteLine($"| articles matched with the gold headline (none for a brief without title), of all gold articles | {new Ratio(results.HeadlinesRight, results.GoldArticles)} |");
        output.WriteLine($"| pages where no article was found | {results.PagesWithoutArticle} |");
        var every = results.EveryFigure;
        FigureRecall(output, results.FigureRecall, new Ratio(every.TruePositives, every.TruePositives + every.FalseNegatives), "by printed text, GoldScorer", "all gold figures (figures inside photo marks left out)");
        output.WriteLine();
        output.WriteLine(madeBy);
        output.WriteLine();
    }

    /// <summary>The whole pages hard-wrapped at a column width beside the same pages as made: F1 of each and the drop.</summary>
    public static void Wrapped(TextWriter output, PageResults reflowed, PageResults wrapped, int width)
    {
        output.WriteLine($"## Whole pages hard-wrapped at {width} characters (an OCR column) against the same pages as made");
        output.WriteLine();
        output.WriteLine($"| | precision, wrapped | recall, wrapped | F1, wrapped | F1, as made | F1 drop |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        void Line(string label, Score wrappedScore, Score reflowedScore) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {wrappedScore.Precision:0.000} | {wrappedScore.Recall:0.000} | {wrappedScore.F1:0.000} | {reflowedScore.F1:0.000} | {reflowedScore.F1 - wrappedScore.F1:0.000} |"));
        Line("articles", wrapped.Total.Articles, reflowed.Total.Articles);
        Line("figures, every gold figure", wrapped.EveryFigure, reflowed.EveryFigure);
        Line("figures without 一 + measure word", wrapped.Total.Figures, reflowed.Total.Figures);
        Line("people", wrapped.Total.People, reflowed.Total.People);
        output.WriteLine();
        output.WriteLine($"| | wrapped | as made |");
        output.WriteLine("|---|---:|---:|");
        output.WriteLine($"| articles matched with the gold headline | {new Ratio(wrapped.HeadlinesRight, wrapped.GoldArticles)} | {new Ratio(reflowed.HeadlinesRight, reflowed.GoldArticles)} |");
        output.WriteLine($"| pages where no article was found | {wrapped.PagesWithoutArticle} | {reflowed.PagesWithoutArticle} |");
        output.WriteLine();
    }

    public static void Documents(TextWriter output, DocumentResults results, string madeBy)
    {
        output.WriteLine($"## Documents ({results.Documents} documents; make_pages.py --docs, scored as score_people.py scores)");
        output.WriteLine();
        output.WriteLine("| people | precision | recall | F1 |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine($"| all names | {new Ratio(results.TruePositives, results.TruePositives + results.FalsePositives)} | {new Ratio(results.TruePositives, results.TruePositives + results.FalseNegatives)} | {Ratio.F1(results.Precision, results.Recall)} |");
        output.WriteLine();
        var reference = results.ReferenceOnly;
        output.WriteLine("| people, split | |");
        output.WriteLine("|---|---:|");
        output.WriteLine($"| recall: Chinese (2-4 hanzi, surname + given name) | {results.RecallByKind[DocumentBench.Chinese]} |");
        output.WriteLine($"| recall: foreign (with · or longer than 4) | {results.RecallByKind[DocumentBench.Foreign]} |");
        output.WriteLine($"| recall: single-token names | {results.RecallByKind[DocumentBench.Single]} |");
        output.WriteLine($"| recall: of which one hanzi (a bare surname) | {results.BareSurnames} |");
        output.WriteLine($"| recall: names only seen inside a compound | {reference} |");
        output.WriteLine($"| recall: all other names | {new Ratio(results.TruePositives - reference.Count, results.TruePositives + results.FalseNegatives - reference.Total)} |");
        output.WriteLine($"| precision: people with a title | {results.WithTitle} |");
        output.WriteLine($"| precision: people without a title | {results.WithoutTitle} |");
        output.WriteLine($"| documents where no article was found | {results.DocumentsWithoutArticle} |");
        FigureRecall(output, results.FigureRecall, results.FigureRecallAll, "by value within the document", "all gold figures");
        output.WriteLine();
        output.WriteLine(madeBy);
        output.WriteLine();
    }

    private static void FigureRecall(TextWriter output, IReadOnlyDictionary<string, Ratio> byKind, Ratio overall, string matchedBy, string overallLabel)
    {
        output.WriteLine();
        output.WriteLine($"| figure recall ({matchedBy}) | found |");
        output.WriteLine("|---|---:|");
        output.WriteLine($"| number + measure word | {byKind[GoldVariants.Measure]} |");
        output.WriteLine($"| percent | {byKind[GoldVariants.Percent]} |");
        output.WriteLine($"| 一 + measure word (often 'a', not a count) | {byKind[GoldVariants.OneClassifier]} |");
        output.WriteLine($"| **all but 一 + measure word** | {byKind[GoldVariants.Measure] + byKind[GoldVariants.Percent]} |");
        output.WriteLine($"| `·` as the decimal point | {byKind[PageBench.DotDecimals]} |");
        output.WriteLine($"| {overallLabel} | {overall} |");
    }

    private static void Row(TextWriter output, string label, Score score) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {score.Precision:0.000} ({score.TruePositives}/{score.TruePositives + score.FalsePositives}) | {score.Recall:0.000} ({score.TruePositives}/{score.TruePositives + score.FalseNegatives}) | {score.F1:0.000} |"));
}
