using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;
using NewsContent.Cli.Json;

namespace NewsContent.Cli.Commands;

/// <summary>
/// <c>newscontent extract page.txt [--format json|html] [--published-on yyyy-MM-dd] [--style Pinyin|Hanzi] [--namespace N] [--seed-path P] [--paper P] [--page N] [-o out]</c>:
/// prints what the generator would make of one seed, without a build.
/// </summary>
internal static class ExtractCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout)
    {
        var arguments = Arguments.Parse(args, new Dictionary<string, string> { ["-o"] = "--output", ["-f"] = "--format" });
        var format = arguments.Take("--format") ?? "json";
        var output = arguments.Take("--output");
        var seedPath = arguments.Take("--seed-path");
        var paper = arguments.Take("--paper");
        var page = arguments.Take("--page");
        var options = CommonOptions.Read(arguments);
        arguments.RejectUnknown();
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("extract takes exactly one seed file.");
        }

        var file = arguments.Positional[0];
        if (!File.Exists(file))
        {
            throw new UsageException("No such file: " + file);
        }

        // Ids and names derive from the seed's path as its project spells it; by default, the path as typed.
        var seed = new SeedFile(Path.GetFullPath(file), seedPath ?? file, null) { Paper = paper, Page = page };
        var extraction = Extractor.ExtractOne(seed, options);
        var text = format.ToLowerInvariant() switch
        {
            "json" => ExtractionJson.Write(extraction),
            "html" => HtmlReport.Render(extraction),
            _ => throw new UsageException("--format must be json or html, not '" + format + "'."),
        };

        if (output is null || output == "-")
        {
            stdout.Write(text);
        }
        else
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(output));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            File.WriteAllText(output, text, new UTF8Encoding(false));
        }

        return 0;
    }
}
