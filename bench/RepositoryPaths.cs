namespace NewsContent.Benchmarks;

/// <summary>
/// Finds the repository from wherever the benchmark runs: BenchmarkDotNet starts each job from a generated
/// project below bench/bin, so paths are found by walking up to Content.sln rather than taken from the working directory.
/// </summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootDirectory = new(FindRoot);

    public static string Root => RootDirectory.Value;

    public static string DesignSeed => Path.Combine(Root, "content", "seeds", "000_267acecd1d091097.txt");

    public static string Corpus => Path.Combine(Root, "tests", "corpus");

    public static string ContentProject => Path.Combine(Root, "content", "NewsContent.csproj");

    public static string GeneratorProject => Path.Combine(Root, "generator", "NewsContent.Generator.csproj");

    public static string StartupProject => Path.Combine(Root, "bench", "Startup", "NewsContent.Startup.csproj");

    /// <summary>Where the build comparison keeps its scratch projects: ignored by git, and outside bench/ so the benchmark project does not compile them.</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts", "bench");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Content.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Content.sln not found above " + AppContext.BaseDirectory + "; run the benchmarks from the repository.");
    }
}
