using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// `pd1998`: the extraction measured on the outside gold (the PKU People's Daily corpus, 1-20 January 1998). Pages and
/// gold are made by the corpus's own make_pages.py into a temporary folder, extracted in-process through the pipeline
/// the generator runs, and scored: whole pages by the team's gold scorer, single documents as score_people.py scores
/// them. With --errors N the most frequent misses and false hits follow, on the console only (they are corpus text).
/// </summary>
internal static class Pd1998Bench
{
    public static int Run(TextWriter output, IReadOnlyList<string> args)
    {
        var options = Pd1998Options.Parse(args, Console.Error);
        if (options is null)
        {
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var corpus = CorpusPages.Make(options);
        try
        {
            var made = watch.Elapsed;
            var pages = PageBench.Score(corpus);
            var wrapped = options.Wrap > 0 ? PageBench.Score(corpus, options.Wrap) : null;
            var documents = DocumentBench.Score(corpus);
            var scored = watch.Elapsed - made;

            output.WriteLine("# pd1998: the extraction on the outside gold (PKU People's Daily, 1-20 January 1998)");
            output.WriteLine();
            Pd1998Report.Pages(output, pages, corpus.PagesLog);
            if (wrapped is not null)
            {
                Pd1998Report.Wrapped(output, pages, wrapped, options.Wrap);
            }

            Pd1998Report.Documents(output, documents, corpus.DocumentsLog);
            if (options.Errors > 0)
            {
                var which = wrapped is null ? "whole pages" : $"whole pages wrapped at {options.Wrap}";
                output.WriteLine($"## Errors ({which}; corpus text: console only, never into the repository)");
                output.WriteLine();
                foreach (var tally in Errors((wrapped ?? pages).Pages))
                {
                    tally.Print(output, options.Errors);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"time: pages and gold made in {made.TotalSeconds:0.0} s (python3 make_pages.py), extracted and scored in {scored.TotalSeconds:0.0} s"));
            output.WriteLine(Machine());
            if (options.KeepDirectory is not null)
            {
                output.WriteLine($"pages kept in {corpus.Root} (pages/texts, pages/gold, docs) for the corpus's python scorers");
            }

            return 0;
        }
        finally
        {
            corpus.Delete(options);
        }
    }

    private static IEnumerable<ErrorTally> Errors(IReadOnlyList<ScoredPage> pages)
    {
        var (missedArticles, extraArticles) = ArticleErrors.Of(pages);
        var (missedPeople, extraPeople) = ItemErrors.People(pages);
        var (missedFigures, extraFigures) = ItemErrors.Figures(pages);
        return new[] { missedArticles, extraArticles, OutsideLines.Of(pages), missedPeople, extraPeople, missedFigures, extraFigures };
    }

    private static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
}
