using BenchmarkDotNet.Running;
using NewsContent.Benchmarks.Build;
using NewsContent.Benchmarks.Generator;
using NewsContent.Benchmarks.Runtime;
using NewsContent.Benchmarks.Scale;

namespace NewsContent.Benchmarks;

/// <summary>
/// dotnet run -c Release --project bench -- [--quick] COMMAND
///   all                     every figure below, in order (the README command)
///   --filter '*'            the BenchmarkDotNet suites (any BenchmarkDotNet arguments)
///   report                  output size, compile check and #US heap at 1..1,000 pages; no-change re-run steps
///   build [--pages N]       dotnet build with the generator vs. the same code checked in, as a ratio
///   profile                 where a warm design-seed run spends its time, stage by stage
///   loop [pages] [seconds] [rerun]  full runs (or no-change re-runs) over an archive, repeated: a target for dotnet-trace
///   startup                 first Catalog.Articles access vs. loading the same content from embedded JSON
///   pd1998 --corpus DIR     the extraction scored on the outside People's Daily gold (pages and documents)
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var rest = args.ToList();
        if (rest.Remove("--quick"))
        {
            Environment.SetEnvironmentVariable(BenchJobs.QuickVariable, "1");
        }

        var command = rest.Count > 0 && !rest[0].StartsWith('-') ? rest[0] : "bdn";
        if (command != "bdn")
        {
            rest.RemoveAt(0);
        }

        var runs = Option(rest, "--runs", BenchJobs.Quick ? 5 : 11);
        return command switch
        {
            "report" => ScaleReport.Run(Console.Out, Sizes(rest), compile: !rest.Contains("--no-compile"), Text(rest, "--dump"), phases: rest.Contains("--phases"), reruns: !rest.Contains("--no-reruns")),
            "build" => BuildOverhead.Run(Console.Out, runs, Option(rest, "--pages", 0)),
            "loop" => Profile.ProfileLoop.Run(Console.Out, rest.Count > 0 ? int.Parse(rest[0]) : 100, rest.Count > 1 ? int.Parse(rest[1]) : 20, rest.Count > 2 && rest[2] == "rerun"),
            "profile" => Profile.StageProfile.Run(Console.Out, runs * 3),
            "startup" => StartupComparison.Run(Console.Out, runs * 2),
            "pd1998" => Pd1998.Pd1998Bench.Run(Console.Out, rest),
            "all" => All(runs),
            "bdn" => RunBenchmarkDotNet(rest.ToArray()),
            _ => Usage(command),
        };
    }

    private static int All(int runs)
    {
        var status = RunBenchmarkDotNet(new[] { "--filter", "*" });
        status |= ScaleReport.Run(Console.Out, Sizes(new List<string>()), compile: true);
        status |= BuildOverhead.Run(Console.Out, runs);
        status |= StartupComparison.Run(Console.Out, runs * 2);
        return status;
    }

    private static int RunBenchmarkDotNet(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static IReadOnlyList<int> Sizes(List<string> args)
    {
        var at = args.IndexOf("--sizes");
        return at >= 0 && at + 1 < args.Count
            ? args[at + 1].Split(',').Select(int.Parse).ToList()
            : new[] { 1, 10, 100, 1000 };
    }

    private static string? Text(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }

    private static int Option(List<string> args, string name, int fallback)
    {
        var at = args.IndexOf(name);
        return at >= 0 && at + 1 < args.Count && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: all, report, build, startup, profile, loop, pd1998, or BenchmarkDotNet arguments such as --filter '*'. Add --quick for short jobs.");
        return 2;
    }
}
