using System.Diagnostics;

namespace NewsContent.Benchmarks;

/// <summary>Runs a command to the end, timing it from start to exit, and keeps what it printed.</summary>
internal static class Processes
{
    public static (TimeSpan Wall, int ExitCode, string Output) Run(string file, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove(Generator.BenchJobs.QuickVariable);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + file);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return (watch.Elapsed, process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Runs a command that must succeed (a build step, not a measurement).</summary>
    public static string Check(string file, params string[] arguments)
    {
        var (_, exitCode, output) = Run(file, arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        }

        return output;
    }
}
