using System.Diagnostics;

namespace NewsContent.PublicApi;

/// <summary>Finds the content project and has MSBuild write the generator's output for it to disk.</summary>
internal static class ContentProject
{
    public static string Locate(string? explicitDir)
    {
        if (explicitDir is not null)
        {
            return Path.GetFullPath(explicitDir);
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Content.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        throw new InvalidOperationException("Run from inside the repository, or pass --content <dir>.");
    }

    /// <summary>Builds the content project with warnings not fatal (the API files are about to change, so
    /// RS0016/RS0017 are expected) and returns the generated C# sources by file name.</summary>
    public static IReadOnlyList<(string Path, string Text)> BuildGeneratedSources(string contentDir)
    {
        var outDir = Path.Combine(Path.GetTempPath(), "newscontent-publicapi-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "build", contentDir, "-c", "Release", "-nologo", "-v:q",
                "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors=", "-p:EmitCompilerGeneratedFiles=true",
                $"-p:CompilerGeneratedFilesOutputPath={outDir}",
            },
            RedirectStandardOutput = true,
        };
        using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        var files = Directory.Exists(outDir) ? Directory.GetFiles(outDir, "*.cs", SearchOption.AllDirectories) : [];
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"The content build produced no generated sources (exit {build.ExitCode}):\n{output}");
        }

        Array.Sort(files, StringComparer.Ordinal);
        var sources = files.Select(f => (f, File.ReadAllText(f))).ToList();
        Directory.Delete(outDir, recursive: true);
        return sources;
    }
}
