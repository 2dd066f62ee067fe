using System.Diagnostics;
using System.Text;
using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing;
using Xunit.Abstractions;

namespace NewsContent.Tests.Fuzz;

/// <summary>
/// Parsing and naming stay linear in the seed's size on pathological text: ten times the input may take about ten times
/// as long, never a hundred. Each size is timed several times and the fastest run kept, so a loaded machine inflates
/// both sides alike; the bound (25x for 10x the input) leaves room for noise while a quadratic step (100x) still fails.
/// </summary>
public sealed class LinearTimeTests
{
    private const int SmallChars = 100_000;
    private const int LargeChars = 1_000_000;
    private const double MaxRatio = 25;
    private const double MinMeasurableMilliseconds = 20;
    private const int MaxAttempts = 3;

    private readonly ITestOutputHelper output;

    public LinearTimeTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Patterns => new[]
    {
        new object[] { "digits on one line", "1234567890" },
        new object[] { "unclosed book-title marks", "《" },
        new object[] { "enumeration commas", "、" },
        new object[] { "unclosed parentheses", "（" },
        new object[] { "ordinals", "第1第二次" },
        new object[] { "figures", "4928家、" },
        new object[] { "ranges", "3至14天、15元至20元、" },
        new object[] { "range marks between numbers", "1至2—三到" },
        new object[] { "chinese numerals", "一二三四五六七八九十百千万亿" },
        new object[] { "dates", "2月17日" },
        new object[] { "meeting words", "主持会议出席" },
        new object[] { "articles", "市委常委会召开会议\n\n本报讯 2月17日,市委书记黄钦主持召开市委常委会议。\n\n" },
        new object[] { "lists that are not of names", "王小、" },
        new object[] { "lists of names", "王小明、" },
        new object[] { "held verbs with dates", "1日召开举行的会议" },
        new object[] { "run-together names before a verb", "王立新陈海出席" },
        new object[] { "blank lines", "\n" },
        new object[] { "short lines", "标题\n" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void ParseAndName_GrowLinearly(string name, string unit)
    {
        var small = Repeat(unit, SmallChars);
        var large = Repeat(unit, LargeChars);
        Process(small); // JIT once, outside the timings.

        // A loaded machine (CI runs the package tests' builds beside this) can stall one timing by tenfold. A quadratic step
        // exceeds the bound on every attempt; noise rarely does three times in a row, so only a bound missed thrice fails.
        var attempts = new List<string>();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var smallTime = Fastest(small);
            var largeTime = Fastest(large);

            // Below a few milliseconds a timing is mostly noise; the floor keeps a fast pattern from failing on jitter,
            // while a quadratic step (a 100x ratio) still fails.
            var ratio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, MinMeasurableMilliseconds);
            attempts.Add($"{smallTime.TotalMilliseconds:F0} ms vs {largeTime.TotalMilliseconds:F0} ms, ratio {ratio:F1}");
            output.WriteLine($"{name}: {SmallChars} chars {smallTime.TotalMilliseconds:F0} ms, {LargeChars} chars {largeTime.TotalMilliseconds:F0} ms, ratio {ratio:F1}");
            if (ratio < MaxRatio)
            {
                return;
            }
        }

        Assert.Fail($"{name}: {LargeChars} characters took more than {MaxRatio} times as long as {SmallChars} on {MaxAttempts} attempts ({string.Join("; ", attempts)}): a super-linear step.");
    }

    private static TimeSpan Fastest(string text)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            Process(text);
            clock.Stop();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        return best;
    }

    /// <summary>The pipeline up to the view the templates render (rendering walks the view once and is linear by construction).</summary>
    private static void Process(string text)
    {
        var parsed = SeedParser.Parse(new SeedInput("/p/seed.txt", "seeds/seed.txt", text, "2020-02-18", false));
        var named = PageNamer.Name(parsed.Page, IdentifierStyle.Pinyin);
        var renames = CrossSeedNames.Resolve(new[] { SeedMembers.Of("/p/seed.txt", named) });
        ViewBuilder.Seed(CrossSeedNames.Apply("/p/seed.txt", named, renames), "Linear", "/p/seed.txt");
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
