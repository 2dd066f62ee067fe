using System.Diagnostics;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Profile;

/// <summary>
/// Full generator runs over an archive, repeated for a while: a steady target for a sampling profiler
/// (dotnet-trace collect --profile cpu-sampling -- dotnet NewsContent.Benchmarks.dll loop 100 20), or with
/// <c>rerun</c> last, no-change re-runs of one driver that has run once (what a keystroke in another file costs).
/// </summary>
internal static class ProfileLoop
{
    public static int Run(TextWriter output, int pages, int seconds, bool rerun = false)
    {
        var setup = GeneratorSetup.Pages(pages);
        var ran = setup.Run(setup.CreateDriver());
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            setup.Run(rerun ? ran : setup.CreateDriver());
            runs++;
        }

        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
        output.WriteLine($"{runs} {(rerun ? "no-change re-runs" : "full runs")} over {pages} pages in {watch.Elapsed.TotalSeconds:0.0} s; {watch.Elapsed.TotalMilliseconds / runs:0} ms wall, {cpuPerRun:0} ms CPU (all threads, GC included) per run");
        return 0;
    }
}
