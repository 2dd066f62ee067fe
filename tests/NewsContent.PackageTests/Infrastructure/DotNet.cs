using System.Diagnostics;
using System.Text;

namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Runs the dotnet CLI the way a user's shell would, not the way the test host was started.</summary>
internal static class DotNet
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(4);

    /// <param name="packagesFolder">An isolated NUGET_PACKAGES, so a package cached by an earlier run never stands in for the one just packed.</param>
    public static ProcessResult Run(string workingDirectory, IEnumerable<string> arguments, string? packagesFolder = null, TimeSpan? timeout = null)
    {
        var start = StartInfo(workingDirectory, arguments, packagesFolder);
        var commandLine = "dotnet " + string.Join(' ', start.ArgumentList);
        var output = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` did not finish in {(timeout ?? DefaultTimeout).TotalSeconds} s:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(commandLine, process.ExitCode, output.ToString(), watch.Elapsed);
        }
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments, string? packagesFolder = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under `dotnet test`, whose MSBuild variables would steer a child build
        // to the wrong SDK paths or node; a user's shell has none of them.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("DOTNET_HOST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Tests read MSBuild's and the analyzers' messages; keep them in English whatever the machine's locale.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No build nodes left behind on a machine shared with other builds.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        return start;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
