using System.Text.Json;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Tests.Diagnostics;
using Xunit.Abstractions;

namespace NewsContent.Tests.Scoring;

/// <summary>
/// The extraction scored against hand-made gold: the design seed at its bar, and every page of the team's corpus
/// held to the checked-in list of known differences (a ratchet, see <see cref="KnownDifferences"/>).
/// </summary>
public sealed class GoldTests(ITestOutputHelper output)
{
    private const string DesignSeed = "000_267acecd1d091097";

    private static string Root => AppContext.BaseDirectory;

    [Fact]
    public void DesignSeedMeetsItsBar()
    {
        var score = ScorePage(Path.Combine(Root, "seeds", DesignSeed + ".txt"), Path.Combine(Root, "gold", DesignSeed + ".json"));
        Report(new[] { score });

        Assert.Equal(6, score.Articles.TruePositives);
        Assert.Equal(0, score.Articles.FalsePositives);
        Assert.Equal(4, score.Meetings.TruePositives);
        Assert.Equal(0, score.Meetings.FalsePositives);
        Assert.Equal(0, score.Count(DifferenceKinds.MeetingChair));
        Assert.Equal(0, score.Count(DifferenceKinds.MeetingDate));
        Assert.Equal(1.0, score.Figures.F1);
        Assert.Equal(1.0, score.People.F1);
    }

    /// <summary>
    /// The design seed's gold marks every number inside a name ("kind": "in_name"); the extraction gives exactly those
    /// figures <see cref="NewsContent.Generator.Model.FigureKind.InName"/> (by text and article, as many times as the gold lists them), so its
    /// <c>Figures</c> holds quantities only.
    /// </summary>
    [Fact]
    public void DesignSeedNumbersInsideNamesAreTheGoldsInNameFigures()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "gold", DesignSeed + ".json")));
        var seedPath = Path.Combine(Root, "seeds", DesignSeed + ".txt");
        var published = gold.RootElement.GetProperty("published_on").GetString();
        var page = SeedParser.Parse(new SeedInput(seedPath, Path.GetFileName(seedPath), File.ReadAllText(seedPath), published, false)).Page;

        var goldInName = gold.RootElement.GetProperty("figures").EnumerateArray()
            .Where(f => f.TryGetProperty("kind", out var k) && k.GetString() == "in_name")
            .Select(f => f.GetProperty("text").GetString() + "@" + f.GetProperty("article").GetInt32())
            .Order(StringComparer.Ordinal).ToList();
        var extractedInName = page.Figures.Where(f => f.Kind == NewsContent.Generator.Model.FigureKind.InName)
            .Select(f => f.Text + "@" + f.ArticleNumber)
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(goldInName, extractedInName);
        Assert.Equal(15, extractedInName.Count);
    }

    [Fact]
    public void CorpusHasOnlyItsKnownDifferences()
    {
        var goldFolder = Path.Combine(Root, "corpus", "gold");
        var scores = Directory.GetFiles(goldFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(gold => ScorePage(Path.Combine(Root, "corpus", Path.GetFileNameWithoutExtension(gold) + ".txt"), gold))
            .Prepend(ScorePage(Path.Combine(Root, "seeds", DesignSeed + ".txt"), Path.Combine(Root, "gold", DesignSeed + ".json")))
            .ToList();
        Assert.True(scores.Count >= 60, $"the corpus has {scores.Count - 1} pages with gold");
        var total = Report(scores);
        var actual = total.Differences;

        if (Environment.GetEnvironmentVariable(KnownDifferences.AcceptVariable) == "1")
        {
            File.WriteAllText(RepositoryFiles.PathOf(KnownDifferences.RelativePath), KnownDifferences.Format(actual));
            output.WriteLine($"{KnownDifferences.RelativePath} rewritten with {actual.Count} differences.");
            return;
        }

        var known = KnownDifferences.Parse(File.ReadAllLines(Path.Combine(Root, "corpus", Path.GetFileName(KnownDifferences.RelativePath))));
        var (added, fixedOnes) = KnownDifferences.Compare(actual, known);
        var message = new List<string>();
        if (added.Count > 0)
        {
            message.Add($"{added.Count} difference(s) from the gold that {KnownDifferences.RelativePath} does not list (the change lost something):");
            message.AddRange(added.Select(d => "  + " + d.ToLine()));
        }

        if (fixedOnes.Count > 0)
        {
            message.Add($"{fixedOnes.Count} listed difference(s) no longer occur (a fix: remove them from {KnownDifferences.RelativePath}, " +
                $"or rerun with {KnownDifferences.AcceptVariable}=1 and review the file's diff):");
            message.AddRange(fixedOnes.Select(d => "  - " + d.ToLine()));
        }

        Assert.True(message.Count == 0, string.Join("\n", message));
    }

    private static PageScore ScorePage(string seedPath, string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var published = gold.RootElement.TryGetProperty("published_on", out var p) ? p.GetString() : null;
        var text = File.ReadAllText(seedPath);
        var input = new SeedInput(seedPath, Path.GetFileName(seedPath), text, published, false);
        var result = SeedParser.Parse(input);
        return GoldScorer.Score(Path.GetFileNameWithoutExtension(seedPath), gold.RootElement.Clone(), result.Page, text);
    }

    private PageScore Report(IReadOnlyList<PageScore> scores)
    {
        output.WriteLine($"{"page",-44} {"articles",9} {"meetings",9} {"figures",9} {"people",9} {"attributes",11}");
        foreach (var s in scores)
        {
            var attributes = s.Differences.Count(d => !d.Kind.EndsWith(".missed", StringComparison.Ordinal) && !d.Kind.EndsWith(".extra", StringComparison.Ordinal));
            output.WriteLine($"{s.Page,-44} {s.Articles.F1,9:0.000} {s.Meetings.F1,9:0.000} {s.Figures.F1,9:0.000} {s.People.F1,9:0.000} {attributes,11}");
            foreach (var difference in s.Differences)
            {
                output.WriteLine("    " + difference);
            }
        }

        var total = PageScore.Total(scores);
        output.WriteLine(total.Articles.ToString());
        output.WriteLine(total.Meetings.ToString());
        output.WriteLine(total.Figures.ToString());
        output.WriteLine(total.People.ToString());
        output.WriteLine("differences by kind:");
        foreach (var kind in total.Differences.GroupBy(d => d.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {kind.Key,-28} {kind.Count(),5}");
        }

        return total;
    }
}
