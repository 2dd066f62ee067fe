using NewsContent.Benchmarks.Scale;

namespace NewsContent.Benchmarks.Build;

/// <summary>
/// dotnet build of the content project with the generator against the same generated code checked in as
/// plain .cs, in one run: the two alternate (A B B A …) so drift in machine speed hits both, and the ratio
/// is taken build pair by build pair. Two cases: a no-change incremental build (what every build of an
/// untouched solution costs) and a full rebuild (--no-incremental: the compiler and the generator run).
/// </summary>
internal static class BuildOverhead
{
    public static int Run(TextWriter output, int runs, int archivePages = 0)
    {
        var projects = ScratchProjects.Create(archivePages);
        output.WriteLine($"## Build overhead: {projects.Seeds} seed(s), {projects.SeedBytes / 1e3:0} KB of seeds, {projects.GeneratedBytes / 1e3:0} KB generated; {runs} pairs, medians");
        output.WriteLine("| build | with generator, s | checked-in .cs, s | ratio (median of pairs) | ratio min–max |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, extra) in new[] { ("no-change incremental", Array.Empty<string>()), ("full rebuild (--no-incremental)", new[] { "--no-incremental" }) })
        {
            var withGenerator = new List<double>();
            var checkedIn = new List<double>();
            Build(projects.WithGenerator, extra);
            Build(projects.CheckedIn, extra);
            for (var i = 0; i < runs; i++)
            {
                var generatorFirst = i % 2 == 0;
                var first = Build(generatorFirst ? projects.WithGenerator : projects.CheckedIn, extra);
                var second = Build(generatorFirst ? projects.CheckedIn : projects.WithGenerator, extra);
                withGenerator.Add(generatorFirst ? first : second);
                checkedIn.Add(generatorFirst ? second : first);
            }

            var ratios = withGenerator.Zip(checkedIn, (g, c) => g / c).ToList();
            output.WriteLine($"| {name} | {Medians.Median(withGenerator):0.00} | {Medians.Median(checkedIn):0.00} | {Medians.Median(ratios):0.000}x | {ratios.Min():0.00}–{ratios.Max():0.00} |");
        }

        output.WriteLine();
        return 0;
    }

    private static double Build(string project, string[] extra)
    {
        var arguments = new List<string> { "build", project, "-c", "Release", "--no-restore", "-v", "q", "-nologo" };
        arguments.AddRange(extra);
        var (wall, exitCode, printed) = Processes.Run("dotnet", arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Build of {project} failed:\n{printed}");
        }

        return wall.TotalSeconds;
    }
}
