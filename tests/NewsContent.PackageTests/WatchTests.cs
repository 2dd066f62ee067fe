using System.Diagnostics;
using System.Text;
using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests;

/// <summary>`dotnet watch run` on a fresh app with the packed generator: a seed edit is seen as a file change,
/// the app is rebuilt and restarted (not hot-reloaded) and prints the edited text.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed class WatchTests(PackedPackages packages, ITestOutputHelper output)
{
    private const string Edit = "本句为监视运行测试所加。";
    private const string Ready = "paragraphs printed";
    private static readonly TimeSpan StepBudget = TimeSpan.FromMinutes(3);

    [Fact]
    public void SeedEditUnderDotnetWatchRestartsTheAppWithTheEditedText()
    {
        // The app prints the content and then stays up, as a server would, so watch has a running process to restart.
        var app = GeneratorConsumer.Create(packages, "WatchedSeed", $$"""
            using WatchedSeed;

            Console.OutputEncoding = System.Text.Encoding.UTF8;
            var text = string.Concat(Catalog.Articles.SelectMany(a => a.Paragraphs));
            Console.WriteLine("edit in paragraphs: " + text.Contains("{{Edit}}"));
            Console.WriteLine("{{Ready}}");
            Thread.Sleep(Timeout.Infinite);

            """);

        var log = new WatchLog();
        var start = DotNet.StartInfo(app.Directory, ["watch", "run", "--non-interactive"], packages.PackagesFolder);
        using var watch = new Process { StartInfo = start };
        watch.OutputDataReceived += (_, e) => log.Add(e.Data);
        watch.ErrorDataReceived += (_, e) => log.Add(e.Data);
        watch.Start();
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        try
        {
            var first = log.WaitFor(line => line == Ready, from: 0, StepBudget);
            Assert.Contains("edit in paragraphs: False", log.Text(0, first), StringComparison.Ordinal);

            // Watch starts watching files once the app runs; an edit before it says so could go unseen.
            var waiting = log.WaitFor(line => line.Contains("Waiting for changes", StringComparison.Ordinal), first, StepBudget);

            // The longest line of a page is body text: a sentence added to it must come out in a paragraph.
            var seed = Path.Combine(app.Directory, GeneratorConsumer.SeedPath);
            var lines = File.ReadAllLines(seed);
            var longest = Array.IndexOf(lines, lines.MaxBy(l => l.Length));
            lines[longest] += Edit;
            var edited = Stopwatch.StartNew();
            File.WriteAllLines(seed, lines);

            var noticed = log.WaitFor(line => line.Contains("File updated", StringComparison.Ordinal) && line.Contains("front-page.txt", StringComparison.Ordinal), waiting, StepBudget);
            var rerun = log.WaitFor(line => line == Ready, noticed, StepBudget);
            output.WriteLine($"edit to restarted output: {edited.Elapsed.TotalSeconds:F1} s");
            var afterEdit = log.Text(noticed, rerun);
            Assert.Contains("edit in paragraphs: True", afterEdit, StringComparison.Ordinal);
            Assert.Contains("Restart is needed", afterEdit, StringComparison.Ordinal);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            watch.WaitForExit();
            output.WriteLine(log.Text(0, log.Count));
        }
    }

    /// <summary>The lines `dotnet watch` and the app print, in order, with a wait for the next one that matches.</summary>
    private sealed class WatchLog
    {
        private readonly List<string> lines = new();

        public int Count
        {
            get
            {
                lock (lines)
                {
                    return lines.Count;
                }
            }
        }

        public void Add(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.Add(line);
                Monitor.PulseAll(lines);
            }
        }

        /// <summary>Index of the first line at or after <paramref name="from"/> that matches; fails the test with
        /// everything printed so far when none comes within <paramref name="budget"/>.</summary>
        public int WaitFor(Func<string, bool> match, int from, TimeSpan budget)
        {
            var deadline = Stopwatch.StartNew();
            lock (lines)
            {
                var next = from;
                while (true)
                {
                    for (; next < lines.Count; next++)
                    {
                        if (match(lines[next]))
                        {
                            return next;
                        }
                    }

                    var left = budget - deadline.Elapsed;
                    if (left <= TimeSpan.Zero)
                    {
                        Assert.Fail($"dotnet watch printed nothing expected in {budget.TotalSeconds} s:\n{string.Join('\n', lines)}");
                    }

                    Monitor.Wait(lines, left);
                }
            }
        }

        public string Text(int from, int to)
        {
            lock (lines)
            {
                var text = new StringBuilder();
                for (var i = from; i < to && i < lines.Count; i++)
                {
                    text.AppendLine(lines[i]);
                }

                return text.ToString();
            }
        }
    }
}
