using Microsoft.CodeAnalysis;
using NewsContent.Generator;

namespace NewsContent.Tests.Generator;

/// <summary>
/// The cost of a change, not of the archive. An archive is the corpus pages many times over, each under its own path
/// and date. At 1,000 seeds, with step tracking on: a run with nothing changed re-runs no step and hands back every
/// generated file as it was (the same SourceText object: nothing re-emitted, nothing for the compiler to reparse), and
/// an edit inside one paragraph of one seed re-runs that seed's entry of each per-seed step and nothing else, and hands
/// back a new text for that seed's file only. Tracking at this size takes seconds because the pipeline keeps its step
/// graph shallow (see the remarks on ContentGenerator; <see cref="TrackedPaths_GrowAsTheSquareOfTheSeeds"/> holds it
/// there). Times are the bench's job (`bench -- report`).
/// </summary>
public sealed class ArchiveIncrementalityTests
{
    private const int Seeds = 1000;

    private static readonly Lazy<Archive> Large = new(() => Archive.Of(Seeds));

    /// <summary>The steps that hold one entry per seed, and what a one-paragraph edit makes of the edited seed's entry.</summary>
    private static readonly Dictionary<string, IncrementalStepRunReason> EditedSeedsEntry = new(StringComparer.Ordinal)
    {
        [TrackingNames.SeedInputs] = IncrementalStepRunReason.Modified,
        [TrackingNames.Parsed] = IncrementalStepRunReason.Modified,
        [TrackingNames.Named] = IncrementalStepRunReason.Modified,
        [TrackingNames.SeedMembers] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.Final] = IncrementalStepRunReason.Modified,
        [TrackingNames.Pages] = IncrementalStepRunReason.Modified,
        [TrackingNames.SeedPeople] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.PersonAnchors] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.PageSummaries] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.CatalogSeeds] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.CurrentMembers] = IncrementalStepRunReason.Unchanged,
        [TrackingNames.Issues] = IncrementalStepRunReason.Modified,
    };

    [Fact]
    public void NoChangeRerun_AtAThousandSeeds_RerunsNoStepAndReemitsNothing()
    {
        var archive = Large.Value;

        var second = archive.First.Rerun();

        var tracked = TrackedNames(second);
        Assert.All(tracked, name => Assert.All(Steps(second, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {o.Reason} with nothing changed")));
        Assert.All(EditedSeedsEntry.Keys, name => Assert.Equal(Seeds, Steps(second, name).Count(o => o.Reason == IncrementalStepRunReason.Cached)));
        Assert.All(OutputSteps.Of(second), o => Assert.False(o.Reran, $"Output {o} re-ran with nothing changed."));
        Assert.Equal(archive.First.Generator.GeneratedSources.Length, second.Generator.GeneratedSources.Length);
        Assert.Empty(Reemitted(archive.First, second));
        Assert.Equal(archive.First.DriverDiagnostics.AsEnumerable(), second.DriverDiagnostics.AsEnumerable());
    }

    [Fact]
    public void OneParagraphEdited_AtAThousandSeeds_RerunsThatSeedsEntriesOnly()
    {
        var archive = Large.Value;
        var seed = archive.Texts[archive.Texts.Count / 2];

        var second = archive.First.Rerun(driver: archive.First.Driver.ReplaceAdditionalText(seed, Edited(seed)));

        var ran = TrackedNames(second).ToDictionary(name => name, name => Ran(second, name), StringComparer.Ordinal);
        var table = string.Join("; ", ran.Where(p => p.Value.Count > 0).Select(p => p.Key + ": " + string.Join(", ", p.Value.Select(r => r.Reason + " " + Path.GetFileName(r.Seed)))));
        foreach (var (name, entries) in ran)
        {
            if (EditedSeedsEntry.TryGetValue(name, out var reason))
            {
                var entry = Assert.Single(entries);
                Assert.True(entry.Reason == reason && entry.Seed == seed.Path, $"{name}: {entry.Reason} for {entry.Seed}, expected {reason} for {seed.Path}. Ran: {table}");
            }
            else
            {
                Assert.True(entries.Count == 0, $"{name} re-ran. Ran: {table}");
            }
        }

        var only = Assert.Single(OutputSteps.ReemittedHintNames(second));
        Assert.Equal(only, Assert.Single(Reemitted(archive.First, second)));
        Assert.True(only.Contains("Seed_", StringComparison.Ordinal), only + " re-emitted for " + RelativeOf(seed));
        Assert.Contains(" from " + RelativeOf(seed) + ".", second.Generator.GeneratedSources.Single(s => s.HintName == only).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ContinuationMarkAdded_AtAThousandSeeds_RelinksOnlyThatSeedsIssue()
    {
        var archive = Large.Value;
        var seed = archive.Texts[archive.Texts.Count / 2];

        var second = archive.First.Rerun(driver: archive.First.Driver.ReplaceAdditionalText(seed, Edited(seed, "（下转第9版）")));

        var issues = Steps(second, TrackingNames.IssueLinks);
        Assert.True(issues.Count > 1, "The archive should span several issues.");
        Assert.Single(issues, o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        var edited = (NewsContent.Generator.Model.LinkedIssue)issues.Single(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Value;
        Assert.Contains(edited.Issue.Pages, p => p.Id == System.IO.Path.ChangeExtension(RelativeOf(seed), null));
        var reemitted = OutputSteps.ReemittedHintNames(second);
        Assert.Single(reemitted, name => name.StartsWith("NewsContent.Issue_", StringComparison.Ordinal));
        Assert.Contains("NewsContent." + edited.ClassName + ".g.cs", reemitted);
        Assert.DoesNotContain("NewsContent.Pages.g.cs", reemitted);
    }

    /// <summary>Routine reports (renames, text outside articles) come once per seed and kind, with their count: no flood.</summary>
    [Fact]
    public void AThousandSeeds_ReportAtMostOnceASeedForAKind()
    {
        var archive = Large.Value;

        var repeated = archive.First.Generator.Diagnostics
            .GroupBy(d => (d.Location.GetLineSpan().Path, d.Id))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Id + " x" + g.Count() + " in " + g.Key.Path)
            .ToList();
        Assert.True(repeated.Count == 0, string.Join("\n", repeated.Take(5)));
    }

    /// <summary>The people directory of an archive is written in shards, none of them the size of the archive.</summary>
    [Fact]
    public void AThousandSeeds_PeopleInShards()
    {
        var sources = Large.Value.First.Generator.GeneratedSources;

        var shards = sources.Where(s => s.HintName.StartsWith("NewsContent.PeopleShard", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shards);
        Assert.All(shards, s => Assert.True(s.SourceText.Length < 2_000_000, $"{s.HintName}: {s.SourceText.Length} chars"));
        Assert.True(sources.Single(s => s.HintName == "NewsContent.Catalog.g.cs").SourceText.Length < 500_000);
    }

    /// <summary>
    /// Roslyn's step tracking walks every path from each output's steps to the inputs (it keeps no set of steps seen), so
    /// the paths under the outputs are what a tracked run costs. A join of each seed with an aggregate of all seeds costs
    /// seeds x seeds; an aggregate after such a join, joined back into each seed, costs seeds^3 (the pipeline had one:
    /// minutes at 1,000 seeds: 10^10 paths). Counted, not timed: at 1,000 seeds under 200 paths a seed squared (66 today).
    /// </summary>
    [Fact]
    public void TrackedPaths_GrowAsTheSquareOfTheSeeds()
    {
        var run = Large.Value.First;

        var paths = new Dictionary<IncrementalGeneratorRunStep, long>(ReferenceEqualityComparer.Instance);
        var total = run.Generator.TrackedOutputSteps.SelectMany(pair => pair.Value).Sum(step => PathsUnder(step, paths));

        Assert.True(total < 200L * Seeds * Seeds, $"{total:N0} paths under the outputs at {Seeds} seeds.");
    }

    /// <summary>A sentence of our own added to the seed's longest line: no number, no name, no new member.</summary>
    private static InMemoryAdditionalText Edited(InMemoryAdditionalText seed) => Edited(seed, "这一段落经过编辑。");

    private static InMemoryAdditionalText Edited(InMemoryAdditionalText seed, string added)
    {
        var lines = seed.GetText()!.ToString().Split('\n');
        var longest = Array.IndexOf(lines, lines.OrderByDescending(l => l.Length).First());
        var carriageReturn = lines[longest].EndsWith('\r') ? "\r" : string.Empty;
        lines[longest] = lines[longest].TrimEnd('\r') + added + carriageReturn;
        return new InMemoryAdditionalText(seed.Path, string.Join('\n', lines));
    }

    /// <summary>The seed's path from its archive folder (the last one: the checkout's own path may say "archive" too).</summary>
    private static string RelativeOf(InMemoryAdditionalText seed)
    {
        var path = seed.Path.Replace('\\', '/');
        return path.Substring(path.LastIndexOf("/archive/", StringComparison.Ordinal) + 1);
    }

    /// <summary>Hint names whose text is a new object: what the compiler has to read again.</summary>
    private static List<string> Reemitted(GeneratorRun before, GeneratorRun after)
    {
        var old = before.Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        return after.Generator.GeneratedSources.Where(s => !old.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText)).Select(s => s.HintName).ToList();
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Steps(GeneratorRun run, string name) =>
        run.Generator.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();

    /// <summary>Every step name the pipeline declares that ran over the archive (the rename map's steps have no entry without a map).</summary>
    private static List<string> TrackedNames(GeneratorRun run)
    {
        var declared = typeof(TrackingNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var tracked = declared.Where(run.Generator.TrackedSteps.ContainsKey).ToList();
        Assert.Equal(new[] { TrackingNames.RenameMaps }, declared.Except(tracked));
        return tracked;
    }

    /// <summary>The entries of a step that ran again (anything but Cached), each with the seed file it came from.</summary>
    private static List<(IncrementalStepRunReason Reason, string Seed)> Ran(GeneratorRun run, string name) =>
        run.Generator.TrackedSteps[name]
            .SelectMany(step => step.Outputs.Where(o => o.Reason != IncrementalStepRunReason.Cached).Select(o => (o.Reason, SeedOf(step))))
            .ToList();

    /// <summary>A per-seed step's seed: its first input, followed back to the AdditionalText it started from.</summary>
    private static string SeedOf(IncrementalGeneratorRunStep step)
    {
        while (step.Inputs.Length > 0)
        {
            step = step.Inputs[0].Source;
        }

        return step.Outputs.Length > 0 && step.Outputs[0].Value is AdditionalText text ? text.Path : "(not a seed)";
    }

    /// <summary>How many steps RecordStepTree visits from this one: itself and, for each input, every path under it.</summary>
    private static long PathsUnder(IncrementalGeneratorRunStep step, Dictionary<IncrementalGeneratorRunStep, long> known)
    {
        if (!known.TryGetValue(step, out var paths))
        {
            paths = 1 + step.Inputs.Sum(input => PathsUnder(input.Source, known));
            known[step] = paths;
        }

        return paths;
    }

    private sealed record Archive(List<InMemoryAdditionalText> Texts, GeneratorRun First)
    {
        public static Archive Of(int seeds)
        {
            var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();
            var harness = new GeneratorHarness();
            var texts = new List<InMemoryAdditionalText>();
            for (var i = 0; i < seeds; i++)
            {
                var page = corpus[i % corpus.Count];
                var day = new DateOnly(2001, 1, 1).AddDays(i / corpus.Count);
                var relative = $"archive/{day:yyyy}/{day:MMdd}/{Path.GetFileName(page)}";
                texts.Add(harness.AddSeed(GeneratorHarness.FullPath(relative), File.ReadAllText(page), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), relative));
            }

            return new Archive(texts, harness.Run());
        }
    }
}
