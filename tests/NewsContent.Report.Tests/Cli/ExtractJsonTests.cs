using System.Text.Json;

namespace NewsContent.Report.Tests.Cli;

/// <summary>`newscontent extract` run as a user runs it: a separate process, its stdout parsed as JSON.</summary>
public sealed class ExtractJsonTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Fact]
    public void Design_seed_json_has_what_the_parser_extracts()
    {
        var expected = Expected.For(TestPaths.DesignSeed, TestPaths.DesignSeedItem, TestPaths.DesignPublishedOn);
        var result = Tool("extract", TestPaths.DesignSeed, "--format", "json", "--published-on", TestPaths.DesignPublishedOn, "--seed-path", TestPaths.DesignSeedItem);
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;

        Assert.Equal("newscontent-extraction/1", root.GetProperty("schema").GetString());
        Assert.Equal(TestPaths.DesignSeedItem, root.GetProperty("seed").GetString());
        Assert.Equal(TestPaths.DesignPublishedOn, root.GetProperty("publishedOn").GetString());
        Assert.Equal(6, root.GetProperty("articles").GetArrayLength());
        Assert.Equal(4, root.GetProperty("meetings").GetArrayLength());
        Assert.Equal(expected.ArticleMembers, Strings(root, "articles", "member"));
        Assert.Equal(expected.Page.Articles.Select(a => a.Headline), Strings(root, "articles", "headline"));
        Assert.Equal(expected.MeetingMembers, Strings(root, "meetings", "member"));
        Assert.Equal(expected.Page.Meetings.Select(m => m.Name), Strings(root, "meetings", "name"));
        Assert.Equal(expected.FigureMembers, Strings(root, "figures", "member"));
        Assert.Equal(expected.Page.Figures.Select(f => decimal.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture)),
            root.GetProperty("figures").EnumerateArray().Select(f => f.GetProperty("value").GetDecimal()));
        Assert.Equal(expected.PersonMembers, Strings(root, "people", "member"));
        Assert.Equal(expected.Page.Dates.Select(d => d.Resolved), Strings(root, "dates", "resolved"));

        var issues = expected.Issues;
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(issues.Select(i => (i.Id, i.Span.Line, i.Span.Column)),
            diagnostics.Select(d => (d.GetProperty("id").GetString()!, d.GetProperty("location").GetProperty("line").GetInt32(), d.GetProperty("location").GetProperty("column").GetInt32())));
        Assert.All(diagnostics, d => Assert.Contains(TestPaths.DesignSeedItem, d.GetProperty("message").GetString()));

        // Chinese is written as text, not \u escapes, so the output reads as it prints.
        Assert.Contains("黄钦主持召开", result.Stdout);
    }

    [Fact]
    public void Html_format_writes_a_report_file()
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("newscontent-extract-").FullName, "out", "page.html");
        var result = Tool("extract", TestPaths.DesignSeed, "--format", "html", "-o", target, "--published-on", TestPaths.DesignPublishedOn);
        Assert.True(result.ExitCode == 0, result.Stderr);
        var html = File.ReadAllText(target);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("data-member=\"Articles.HuangQinZhuChiZhaoKaiShiTui\"", html);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "missing-seed.txt")]
    [InlineData("extract", "seeds/000_267acecd1d091097.txt", "--format", "xml")]
    [InlineData("extract", "seeds/000_267acecd1d091097.txt", "--style", "Latin")]
    [InlineData("extract", "seeds/000_267acecd1d091097.txt", "--no-such-option", "x")]
    [InlineData("frobnicate")]
    public void Wrong_usage_exits_2_and_says_why(params string[] args)
    {
        var result = Tool(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("newscontent: ", result.Stderr);
        Assert.Contains("Usage:", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    private static IEnumerable<string?> Strings(JsonElement root, string list, string property) =>
        root.GetProperty(list).EnumerateArray().Select(e => e.GetProperty(property).GetString());

    private static ProcessRunner.Result Tool(params string[] args)
    {
        Assert.True(File.Exists(TestPaths.CliDll), "The tool is not beside the tests: " + TestPaths.CliDll);
        return ProcessRunner.Run(ProcessRunner.DotnetHost, new[] { "exec", TestPaths.CliDll }.Concat(args), Timeout);
    }
}
