namespace NewsContent.PackageTests.Infrastructure;

/// <summary>What a finished command printed, with the command line for failure messages.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Returns itself when the command succeeded; fails the test with its output otherwise.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(Succeeded, $"`{CommandLine}` exited {ExitCode}:\n{Output}");
        return this;
    }

    public override string ToString() => $"`{CommandLine}` exited {ExitCode} after {Elapsed.TotalSeconds:F1} s:\n{Output}";
}
