using System.Globalization;
using NewsContent.Benchmarks.Scale;

namespace NewsContent.Benchmarks.Runtime;

/// <summary>
/// First access to Catalog.Articles in a new process (and, for comparison, to all four Catalog lists, which
/// builds every record) against the same content read from an embedded JSON
/// resource with System.Text.Json (source-generated and reflection-based), each in its own new process,
/// modes interleaved round by round so a drift in machine speed hits all of them. Two figures per mode:
/// time from Main's first line to the content in hand (printed by the app), and the whole process
/// (start to exit, runtime start-up included), as medians; ratios are taken round by round.
/// </summary>
internal static class StartupComparison
{
    private static readonly string[] Modes = { "catalog", "catalog-all", "json", "json-reflection", "none" };

    public static int Run(TextWriter output, int runs)
    {
        var app = Prepare();
        var inProcess = Modes.ToDictionary(m => m, _ => new List<double>());
        var whole = Modes.ToDictionary(m => m, _ => new List<double>());
        var jitted = Modes.ToDictionary(m => m, _ => new List<double>());
        var jitTime = Modes.ToDictionary(m => m, _ => new List<double>());
        var allocated = Modes.ToDictionary(m => m, _ => new List<double>());
        foreach (var mode in Modes)
        {
            Processes.Run("dotnet", new[] { app, mode });
        }

        for (var round = 0; round < runs; round++)
        {
            for (var k = 0; k < Modes.Length; k++)
            {
                var mode = Modes[(k + round) % Modes.Length];
                var (wall, exitCode, printed) = Processes.Run("dotnet", new[] { app, mode });
                var fields = printed.Trim().Split(' ');
                if (exitCode != 0 || fields.Length != 6 || fields[0] != mode)
                {
                    output.WriteLine($"{mode} failed ({exitCode}): {printed}");
                    return 1;
                }

                inProcess[mode].Add(double.Parse(fields[1], CultureInfo.InvariantCulture));
                whole[mode].Add(wall.TotalMilliseconds);
                jitted[mode].Add(double.Parse(fields[3], CultureInfo.InvariantCulture));
                jitTime[mode].Add(double.Parse(fields[4], CultureInfo.InvariantCulture));
                allocated[mode].Add(double.Parse(fields[5], CultureInfo.InvariantCulture));
            }
        }

        output.WriteLine($"## Runtime: first access vs. JSON at start-up (design seed content, {runs} new processes per mode, medians)");
        output.WriteLine("| mode | Main to content in hand, µs | in-process ratio to catalog (median of rounds) | whole process, ms | methods jitted (process) | JIT time, ms (process) | allocated KB (process) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var mode in Modes)
        {
            var ratio = Medians.Median(inProcess[mode].Zip(inProcess["catalog"], (m, c) => m / c));
            output.WriteLine($"| {Describe(mode)} | {Medians.Median(inProcess[mode]):0} | {ratio:0.0}x | {Medians.Median(whole[mode]):0.0} | {Medians.Median(jitted[mode]):0} | {Medians.Median(jitTime[mode]) / 1e3:0.0} | {Medians.Median(allocated[mode]) / 1e3:0} |");
        }

        output.WriteLine();
        return 0;
    }

    /// <summary>Builds the app, writes the catalog's JSON with it and builds again so the JSON is embedded.</summary>
    private static string Prepare()
    {
        var project = RepositoryPaths.StartupProject;
        var directory = Path.GetDirectoryName(project)!;
        var json = Path.Combine(directory, "obj", "catalog.json");
        var app = Path.Combine(directory, "bin", "Release", "net10.0", "NewsContent.Startup.dll");
        Processes.Check("dotnet", "build", project, "-c", "Release", "-v", "q", "-nologo");
        Processes.Check("dotnet", app, "write-json", json);
        Processes.Check("dotnet", "build", project, "-c", "Release", "-v", "q", "-nologo");
        return app;
    }

    private static string Describe(string mode) => mode switch
    {
        "catalog" => "Catalog.Articles, first access",
        "catalog-all" => "all four Catalog lists (articles, meetings, figures, people), first access",
        "json" => "embedded JSON, System.Text.Json source-generated",
        "json-reflection" => "embedded JSON, System.Text.Json reflection",
        _ => "empty Main (runtime start-up only)",
    };
}
