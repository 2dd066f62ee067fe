using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;

namespace NewsContent.Cli.Commands;

/// <summary>
/// <c>newscontent report --manifest seeds.txt --output-dir dir [--style S] [--namespace N] [--published-on D]</c>: one HTML report per seed
/// of a project. Run by the ContentReport build target; all the project's seeds go in one run so member names are resolved across seeds as in the build.
/// </summary>
internal static class ReportCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = Arguments.Parse(args, new Dictionary<string, string>());
        var manifest = arguments.Take("--manifest") ?? throw new UsageException("report needs --manifest <file>.");
        var outputDirectory = arguments.Take("--output-dir") ?? throw new UsageException("report needs --output-dir <directory>.");
        var options = CommonOptions.Read(arguments);
        arguments.RejectUnknown();
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException("report takes no positional arguments.");
        }

        var seeds = ReadManifest(manifest);
        foreach (var extraction in Extractor.Extract(seeds, options))
        {
            var target = Path.Combine(outputDirectory, ReportFileName(extraction.Named.Page.RelativePath));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, HtmlReport.Render(extraction), new UTF8Encoding(false));
            stdout.WriteLine(Path.GetFullPath(target));
        }

        return 0;
    }

    private static string? Field(string[] fields, int index) => fields.Length > index && fields[index].Trim().Length > 0 ? fields[index].Trim() : null;

    /// <summary>The seed's relative path with .html for its extension: seeds/page.txt becomes seeds/page.html.</summary>
    public static string ReportFileName(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var dot = relativePath.LastIndexOf('.');
        var stem = dot > slash + 1 ? relativePath.Substring(0, dot) : relativePath;
        return stem.Replace('/', Path.DirectorySeparatorChar) + ".html";
    }

    /// <summary>One seed per line: full path, item path, PublishedOn, Paper and Page, separated by tabs (the build target writes it; the last two may be missing).</summary>
    private static List<SeedFile> ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException("No such manifest: " + path);
        }

        return File.ReadAllLines(path, Encoding.UTF8)
            .Where(line => line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Select(fields => new SeedFile(fields[0], fields.Length > 1 && fields[1].Length > 0 ? fields[1] : Path.GetFileName(fields[0]), Field(fields, 2))
            { Paper = Field(fields, 3), Page = Field(fields, 4) })
            .ToList();
    }
}
