using System.Text.Json;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using Xunit.Abstractions;

namespace NewsContent.Tests.Scoring;

/// <summary>The extraction scored against hand-made gold: the design seed at its bar, and the corpus of real pages.</summary>
public sealed class GoldTests(ITestOutputHelper output)
{
    private static string Root => AppContext.BaseDirectory;

    [Fact]
    public void DesignSeedMeetsItsBar()
    {
        var score = ScorePage(Path.Combine(Root, "seeds", "000_267acecd1d091097.txt"), Path.Combine(Root, "gold", "000_267acecd1d091097.json"));
        Report(new[] { score });

        Assert.Equal(6, score.Articles.TruePositives);
        Assert.Equal(0, score.Articles.FalsePositives);
        Assert.Equal(4, score.Meetings.TruePositives);
        Assert.Equal(0, score.Meetings.FalsePositives);
        Assert.Equal(4, score.MeetingsChairRight);
        Assert.Equal(4, score.MeetingsDateRight);
        Assert.True(score.Figures.F1 >= 0.97, score.Figures.ToString());
        Assert.True(score.People.F1 >= 0.97, score.People.ToString());
    }

    [Fact]
    public void CorpusOfRealPagesMeetsTheBar()
    {
        var goldFolder = Path.Combine(Root, "corpus", "gold");
        var scores = Directory.GetFiles(goldFolder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(gold => ScorePage(Path.Combine(Root, "corpus", Path.GetFileNameWithoutExtension(gold) + ".txt"), gold))
            .ToList();
        Assert.True(scores.Count >= 12, $"the corpus has {scores.Count} pages");
        var total = Report(scores);

        // Issue 4's bar over the corpus as a whole; chair and date must be right on nearly every matched meeting.
        Assert.True(total.Articles.F1 >= 0.95, total.Articles.ToString());
        Assert.True(total.Meetings.F1 >= 0.85, total.Meetings.ToString());
        Assert.True(total.Figures.F1 >= 0.90, total.Figures.ToString());
        Assert.True(total.People.F1 >= 0.90, total.People.ToString());
        var matched = total.Meetings.TruePositives;
        Assert.True(total.MeetingsChairRight >= 0.85 * matched, $"chair right on {total.MeetingsChairRight} of {matched} matched meetings");
        Assert.True(total.MeetingsDateRight >= 0.80 * matched, $"date right on {total.MeetingsDateRight} of {matched} matched meetings");
    }

    private static PageScore ScorePage(string seedPath, string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var published = gold.RootElement.TryGetProperty("published_on", out var p) ? p.GetString() : null;
        var input = new SeedInput(seedPath, Path.GetFileName(seedPath), File.ReadAllText(seedPath), published, false);
        var result = SeedParser.Parse(input);
        return GoldScorer.Score(Path.GetFileNameWithoutExtension(seedPath), gold.RootElement.Clone(), result.Page);
    }

    private PageScore Report(IReadOnlyList<PageScore> scores)
    {
        output.WriteLine($"{"page",-40} {"articles",10} {"meetings",10} {"figures",10} {"people",10}");
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Page,-40} {s.Articles.F1,10:0.000} {s.Meetings.F1,10:0.000} {s.Figures.F1,10:0.000} {s.People.F1,10:0.000}");
            foreach (var miss in s.Misses)
            {
                output.WriteLine("    " + miss);
            }
        }

        var total = scores.Aggregate((a, b) => new PageScore("total", a.Articles + b.Articles, a.Meetings + b.Meetings, a.Figures + b.Figures, a.People + b.People,
            a.MeetingsChairRight + b.MeetingsChairRight, a.MeetingsDateRight + b.MeetingsDateRight, Array.Empty<string>()));
        output.WriteLine(total.Articles.ToString());
        output.WriteLine(total.Meetings.ToString() + $" chair right {total.MeetingsChairRight}, date right {total.MeetingsDateRight}");
        output.WriteLine(total.Figures.ToString());
        output.WriteLine(total.People.ToString());
        return total;
    }
}
