using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsContent.Cli;
using NewsContent.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
return Cli.Run(args, Console.Out, Console.Error);

namespace NewsContent.Cli
{
    /// <summary>Dispatches the command line. Exit codes: 0 done, 1 a seed could not be read, 2 wrong usage.</summary>
    internal static class Cli
    {
        public const string Usage = """
            newscontent: see what the NewsContent generator extracts from a seed, without a build.

            Usage:
              newscontent extract <seed.txt> [--format json|html] [-o <file>]
                                  [--published-on yyyy-MM-dd] [--style Pinyin|Hanzi] [--namespace <ns>] [--seed-path <path>]
                                  [--paper <name>] [--page <number>]
              newscontent report --manifest <file> --output-dir <dir>
                                  [--published-on yyyy-MM-dd] [--style Pinyin|Hanzi] [--namespace <ns>]
              newscontent --version

            extract   prints the extraction of one seed as JSON (default) or as an HTML report, to stdout or -o <file>.
                      --seed-path is the path the project's ContentSeed item uses (ids and names derive from it);
                      by default, the path as given. --paper and --page are the item's Paper and Page metadata.
            report    writes one HTML report per seed listed in the manifest (full path, item path, PublishedOn,
                      Paper, Page; tab-separated, one seed per line): what the ContentReport build property runs.
            """;

        public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Count == 0 ? 2 : 0;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(ToolInfo.Version);
                return 0;
            }

            var rest = args.Skip(1).ToList();
            try
            {
                return args[0] switch
                {
                    "extract" => ExtractCommand.Run(rest, stdout),
                    "report" => ReportCommand.Run(rest, stdout),
                    _ => throw new UsageException("Unknown command '" + args[0] + "'."),
                };
            }
            catch (UsageException exception)
            {
                stderr.WriteLine("newscontent: " + exception.Message);
                stderr.WriteLine();
                stderr.WriteLine(Usage);
                return 2;
            }
            catch (IOException exception)
            {
                stderr.WriteLine("newscontent: " + exception.Message);
                return 1;
            }
            catch (UnauthorizedAccessException exception)
            {
                stderr.WriteLine("newscontent: " + exception.Message);
                return 1;
            }
        }
    }
}
