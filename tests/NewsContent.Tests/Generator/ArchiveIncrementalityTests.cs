using Microsoft.CodeAnalysis;
using NewsContent.Generator;

namespace NewsContent.Tests.Generator;

/// <summary>
/// The cost of a change, not of the archive. An archive is the corpus pages many times over, each under its own path
/// and date. At 1,000 seeds a run with nothing changed hands back every generated file as it was (the same
/// SourceText object: nothing re-emitted, nothing for the compiler to reparse), and an edit inside one paragraph of one
/// seed hands back a new text for that seed's file only. Step tracking, whose records grow with every entry of every
/// step, shows at 200 seeds which steps re-ran (at 1,000 a tracked run takes minutes). Times are the bench's job (`bench -- report`).
/// </summary>
public sealed class ArchiveIncrementalityTests
{
    private static readonly Lazy<Archive> Large = new(() => Archive.Of(1000, trackSteps: false));

    private static readonly Lazy<Archive> Tracked = new(() => Archive.Of(200, trackSteps: true));

    [Fact]
    public void NoChangeRerun_AtAThousandSeeds_ReemitsNothing()
    {
        var archive = Large.Value;

        var second = archive.First.Rerun();

        Assert.Equal(archive.First.Generator.GeneratedSources.Length, second.Generator.GeneratedSources.Length);
        Assert.Empty(Reemitted(archive.First, second));
        Assert.Equal(archive.First.DriverDiagnostics.AsEnumerable(), second.DriverDiagnostics.AsEnumerable());
    }

    [Fact]
    public void OneParagraphEdited_AtAThousandSeeds_ReemitsOnlyThatSeedsFile()
    {
        var archive = Large.Value;
        var seed = archive.Texts[archive.Texts.Count / 2];

        var second = archive.First.Rerun(driver: archive.First.Driver.ReplaceAdditionalText(seed, Edited(seed)));

        var only = Assert.Single(Reemitted(archive.First, second));
        Assert.Contains(" from " + RelativeOf(seed) + ".", second.Generator.GeneratedSources.Single(s => s.HintName == only).SourceText.ToString(), StringComparison.Ordinal);
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

    [Fact]
    public void NoChangeRerun_OfAnArchive_RerunsNoStep()
    {
        var archive = Tracked.Value;

        var second = archive.First.Rerun();

        var reran = Reran(second).ToList();
        Assert.True(reran.Count == 0, "Re-ran with nothing changed: " + string.Join(", ", reran.Distinct()));
        Assert.Empty(OutputSteps.ReemittedHintNames(second));
    }

    [Fact]
    public void OneParagraphEdited_InAnArchive_RerunsThatSeedsStepsOnly()
    {
        var archive = Tracked.Value;
        var seed = archive.Texts[archive.Texts.Count / 2];

        var second = archive.First.Rerun(driver: archive.First.Driver.ReplaceAdditionalText(seed, Edited(seed)));

        Assert.Single(OutputSteps.ReemittedHintNames(second));
        foreach (var name in new[] { TrackingNames.Renames, TrackingNames.People, TrackingNames.PersonCollisions })
        {
            Assert.All(Steps(second, name), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name} was {o.Reason}"));
        }

        Assert.Equal(archive.Texts.Count - 1, Steps(second, TrackingNames.Parsed).Count(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Equal(archive.Texts.Count - 1, Steps(second, TrackingNames.Issues).Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    /// <summary>A sentence of our own added to the seed's longest line: no number, no name, no new member.</summary>
    private static InMemoryAdditionalText Edited(InMemoryAdditionalText seed)
    {
        var lines = seed.GetText()!.ToString().Split('\n');
        var longest = Array.IndexOf(lines, lines.OrderByDescending(l => l.Length).First());
        var carriageReturn = lines[longest].EndsWith('\r') ? "\r" : string.Empty;
        lines[longest] = lines[longest].TrimEnd('\r') + "这一段落经过编辑。" + carriageReturn;
        return new InMemoryAdditionalText(seed.Path, string.Join('\n', lines));
    }

    private static string RelativeOf(InMemoryAdditionalText seed) => seed.Path.Substring(seed.Path.LastIndexOf("archive/", StringComparison.Ordinal)).Replace('\\', '/');

    /// <summary>Hint names whose text is a new object: what the compiler has to read again.</summary>
    private static List<string> Reemitted(GeneratorRun before, GeneratorRun after)
    {
        var old = before.Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText, StringComparer.Ordinal);
        return after.Generator.GeneratedSources.Where(s => !old.TryGetValue(s.HintName, out var text) || !ReferenceEquals(text, s.SourceText)).Select(s => s.HintName).ToList();
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Steps(GeneratorRun run, string name) =>
        run.Generator.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();

    private static IEnumerable<string> Reran(GeneratorRun run) =>
        run.Generator.TrackedSteps.Concat(run.Generator.TrackedOutputSteps)
            .SelectMany(pair => pair.Value.SelectMany(s => s.Outputs).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(_ => pair.Key));

    private sealed record Archive(List<InMemoryAdditionalText> Texts, GeneratorRun First)
    {
        public static Archive Of(int seeds, bool trackSteps)
        {
            var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();
            var harness = new GeneratorHarness { TrackSteps = trackSteps };
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
