namespace NewsContent.Benchmarks.Build;

internal static class BuildOverhead
{
    public static int Run(TextWriter output, int runs) => throw new NotImplementedException();
}
