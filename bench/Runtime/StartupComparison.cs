namespace NewsContent.Benchmarks.Runtime;

internal static class StartupComparison
{
    public static int Run(TextWriter output, int runs) => throw new NotImplementedException();
}
