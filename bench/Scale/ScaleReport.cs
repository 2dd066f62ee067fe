using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Scale;

/// <summary>
/// The figures BenchmarkDotNet does not give: generated output size, whether each archive compiles and how full
/// the #US heap is, and how many pipeline steps a no-change re-run executes. Times here are Stopwatch medians in
/// one process, a cross-check of the BenchmarkDotNet tables.
/// </summary>
internal static class ScaleReport
{
    public static int Run(TextWriter output, IReadOnlyList<int> sizes, bool compile, string? dumpDirectory = null, bool phases = false, bool reruns = true)
    {
        var rerunSteps = 0;
        if (reruns)
        {
            output.WriteLine("## No-change re-run (design seed, step tracking on)");
            (rerunSteps, var totalSteps) = NoChangeRerunSteps();
            output.WriteLine($"steps re-run: {rerunSteps} of {totalSteps} tracked step outputs (pipeline steps and source outputs)");
            output.WriteLine();
            Reruns(output, sizes);
        }

        output.WriteLine("## Scale (fresh driver per run)");
        output.WriteLine("| pages | input MB | median ms | MB/s | ms/MB | allocated MB | output files | output MB (UTF-8) | largest file KB | compiles | #US MB (limit 16.78) | #Strings MB | #Blob MB | assembly MB | emit s | declare s | bind s | emit (no docs) s | emit + docs s |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var failures = 0;
        foreach (var pages in sizes)
        {
            var setup = GeneratorSetup.Pages(pages);
            var inputMb = setup.InputUtf8Bytes / 1e6;
            if (pages <= 100)
            {
                Medians.WarmUp(() => setup.Run(setup.CreateDriver()));
            }
            else
            {
                setup.Run(setup.CreateDriver());
            }

            var (time, allocated) = Medians.Of(pages >= 1000 ? 3 : pages >= 100 ? 5 : 15, () => setup.Run(setup.CreateDriver()));
            var result = setup.Run(setup.CreateDriver()).GetRunResult();
            var sources = result.Results[0].GeneratedSources;
            if (dumpDirectory is not null)
            {
                Dump(Path.Combine(dumpDirectory, pages.ToString(CultureInfo.InvariantCulture)), sources);
            }

            var outputBytes = sources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            var largest = sources.Max(s => Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
            var line = $"| {pages} | {inputMb:0.00} | {time.TotalMilliseconds:0.0} | {inputMb / time.TotalSeconds:0.00} | {time.TotalMilliseconds / inputMb:0.0} | {allocated / 1e6:0.0} | {sources.Length} | {outputBytes / 1e6:0.00} | {largest / 1e3:0.0} |";
            if (compile)
            {
                var (compilation, diagnostics) = setup.RunAndUpdate(setup.CreateDriver());
                var check = CompileCheck.Of(compilation, phases);
                line += check.Success
                    ? $" yes | {check.UserStringHeap / 1e6:0.00} | {check.StringHeap / 1e6:0.00} | {check.BlobHeap / 1e6:0.00} | {check.AssemblyBytes / 1e6:0.00} | {check.EmitTime.TotalSeconds:0.0} |"
                    : $" **no** | | | | | {check.EmitTime.TotalSeconds:0.0} |";
                line += check.Phases is { } p
                    ? $" {p.Declare.TotalSeconds:0.0} | {p.Bind.TotalSeconds:0.0} | {p.Emit.TotalSeconds:0.0} | {p.EmitWithDocs.TotalSeconds:0.0} |"
                    : " | | | |";
                if (!check.Success)
                {
                    failures++;
                    foreach (var error in check.Errors)
                    {
                        output.WriteLine("    " + error);
                    }
                }

                var generatorErrors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error || d.Id == "CONTENT009");
                if (generatorErrors > 0)
                {
                    output.WriteLine($"    {generatorErrors} generator errors or internal errors at {pages} pages");
                    failures++;
                }
            }

            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"process: {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}"));
        return failures == 0 && rerunSteps == 0 ? 0 : 1;
    }

    /// <summary>Writes the generated files, to read what failed to compile.</summary>
    private static void Dump(string directory, IEnumerable<GeneratedSourceResult> sources)
    {
        Directory.CreateDirectory(directory);
        foreach (var source in sources)
        {
            File.WriteAllText(Path.Combine(directory, source.HintName), source.SourceText.ToString());
        }
    }

    /// <summary>
    /// What a driver that has run once costs on the next run: with nothing changed (a keystroke in another file), and
    /// with one paragraph of one seed edited (a save). Times with step tracking off; counts from a run with it on.
    /// </summary>
    private static void Reruns(TextWriter output, IReadOnlyList<int> sizes)
    {
        output.WriteLine("## Re-runs of a driver that has run once");
        output.WriteLine("| pages | no-change re-run ms | step outputs re-run | one-paragraph edit ms | step outputs re-run | sources re-emitted |");
        output.WriteLine("|---:|---:|---:|---:|---:|---|");
        foreach (var pages in sizes)
        {
            var setup = GeneratorSetup.Pages(pages);
            var ran = setup.Run(setup.CreateDriver());
            var edited = setup.Seeds[0].WithOneDigitChanged();

            // The first run leaves gigabytes of garbage at archive size; in an editor the next run comes long after the
            // collector has taken it, so it is collected here before the re-runs are timed, not inside them.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var (noChange, _) = Medians.Of(pages >= 1000 ? 5 : 15, () => setup.Run(ran));
            var (edit, _) = Medians.Of(pages >= 1000 ? 5 : 15, () => setup.Run(ran.ReplaceAdditionalText(setup.Seeds[0], edited)));

            var tracked = GeneratorSetup.Pages(pages, trackSteps: true);
            var trackedRan = tracked.Run(tracked.CreateDriver());
            var again = tracked.Run(trackedRan).GetRunResult().Results[0];
            var afterEdit = tracked.Run(trackedRan.ReplaceAdditionalText(tracked.Seeds[0], tracked.Seeds[0].WithOneDigitChanged())).GetRunResult().Results[0];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {pages} | {noChange.TotalMilliseconds:0.0} | {Rerun(again)} | {edit.TotalMilliseconds:0.0} | {Rerun(afterEdit)} | {string.Join(", ", ReemittedSources(trackedRan.GetRunResult().Results[0], afterEdit))} |"));
        }

        output.WriteLine();
    }

    /// <summary>Step outputs (pipeline steps and source outputs) that ran again: New or Modified.</summary>
    private static int Rerun(GeneratorRunResult result) =>
        result.TrackedSteps.Values.Concat(result.TrackedOutputSteps.Values).SelectMany(steps => steps).SelectMany(step => step.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);

    /// <summary>The generated files whose text differs after the edit: what the compiler sees change.</summary>
    private static IEnumerable<string> ReemittedSources(GeneratorRunResult before, GeneratorRunResult after)
    {
        var old = before.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return after.GeneratedSources.Where(s => !old.TryGetValue(s.HintName, out var text) || text != s.SourceText.ToString()).Select(s => s.HintName);
    }

    /// <summary>Counts step outputs that ran again (New or Modified) on a second run with nothing changed.</summary>
    private static (int Rerun, int Total) NoChangeRerunSteps()
    {
        var setup = GeneratorSetup.DesignSeed(trackSteps: true);
        var driver = setup.Run(setup.Run(setup.CreateDriver()));
        var result = driver.GetRunResult().Results[0];
        var outputs = result.TrackedSteps.Values.Concat(result.TrackedOutputSteps.Values)
            .SelectMany(steps => steps).SelectMany(step => step.Outputs).ToList();
        var rerun = outputs.Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        return (rerun, outputs.Count);
    }
}
