using System.Diagnostics;
using NewsContent.Benchmarks.Driver;

namespace NewsContent.Benchmarks.Profile;

/// <summary>
/// Full generator runs over an archive, repeated for a while: a steady target for a sampling profiler
/// (dotnet-trace collect --profile cpu-sampling -- dotnet NewsContent.Benchmarks.dll loop 100 20).
/// </summary>
internal static class ProfileLoop
{
    public static int Run(TextWriter output, int pages, int seconds)
    {
        var setup = GeneratorSetup.Pages(pages);
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            setup.Run(setup.CreateDriver());
            runs++;
        }

        output.WriteLine($"{runs} full runs over {pages} pages in {watch.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}
