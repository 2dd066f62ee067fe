using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsContent.Benchmarks.Pages;

/// <summary>
/// An archive of distinct pages made from the pages we have (the design seed and tests/corpus). Each page stacks
/// those pages in its own rotated, shuffled order until it reaches about 16 KB, and in each copy swaps the people
/// for generated names, redraws the counted numbers and rewords a few headline verbs, so the archive is not one
/// page repeated: the parser, the namer and the compiler meet new strings on every page, as in a real archive.
/// Page i is the same whatever the archive size, so 10 pages are the first 10 of 1,000.
/// </summary>
internal static class PageVariations
{
    public const int TargetPageBytes = 16 * 1024;

    /// <summary>
    /// Pages of one date, so one issue: a daily prints 8 to 16 pages an issue (3,000 to 7,000 a year), and the
    /// generator writes a file per issue, so an archive of one-page issues would have twice the files of a real one.
    /// </summary>
    private const int PagesPerIssue = 8;

    private static readonly Lazy<IReadOnlyList<SourcePage>> Sources = new(SourcePage.LoadAll);

    /// <summary>A number followed by a measure word or percent: the figures the parser extracts. Dates and page numbers are left alone.</summary>
    private static readonly Regex CountedNumber = new(@"(?<![第\d.])\d{1,6}(?=[家个项人万亿元张名户所座台辆次件条%％])", RegexOptions.CultureInvariant);

    private static readonly (string From, string To)[] Rewordings =
    {
        ("推进", "推动"), ("加强", "强化"), ("深入", "全面"), ("部署", "安排"), ("研究", "研讨"), ("召开", "举行"), ("坚持", "始终坚持"), ("发展", "建设发展"),
    };

    private static readonly DateTime FirstIssue = new(2000, 1, 3, 0, 0, 0, DateTimeKind.Unspecified);

    public static IReadOnlyList<GeneratedPage> Create(int count) =>
        Enumerable.Range(0, count).Select(Page).ToList();

    public static GeneratedPage Page(int index)
    {
        var random = new Random(7919 + index);
        var pool = Sources.Value;
        var order = Enumerable.Range(0, pool.Count).Select(k => pool[(k + index) % pool.Count]).ToList();
        Shuffle(order, random, keepFirst: true);
        var text = new StringBuilder();
        var bytes = 0;
        foreach (var source in order)
        {
            if (bytes >= TargetPageBytes)
            {
                break;
            }

            var variant = Vary(source, random);
            var size = Encoding.UTF8.GetByteCount(variant);
            if (bytes > 0 && bytes + size > TargetPageBytes * 5 / 4)
            {
                continue;
            }

            text.Append(variant).Append("\n\n");
            bytes += size + 2;
        }

        var published = FirstIssue.AddDays(index / PagesPerIssue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var path = "archive/" + published.Substring(0, 4) + "/page_" + index.ToString("D4", CultureInfo.InvariantCulture) + ".txt";
        return new GeneratedPage(path, published, text.ToString());
    }

    private static string Vary(SourcePage source, Random random)
    {
        var text = source.Text;
        foreach (var person in source.People)
        {
            text = text.Replace(person, ChineseNames.Next(random), StringComparison.Ordinal);
        }

        text = CountedNumber.Replace(text, match => Redraw(match.Value, random));
        for (var i = 0; i < 3; i++)
        {
            var (from, to) = Rewordings[random.Next(Rewordings.Length)];
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A different number with as many digits, so the text keeps its shape.</summary>
    private static string Redraw(string digits, Random random)
    {
        var low = digits.Length == 1 ? 1 : (int)Math.Pow(10, digits.Length - 1);
        var high = (int)Math.Pow(10, digits.Length);
        return random.Next(low, high).ToString(CultureInfo.InvariantCulture);
    }

    private static void Shuffle<T>(List<T> items, Random random, bool keepFirst)
    {
        for (var i = items.Count - 1; i > (keepFirst ? 1 : 0); i--)
        {
            var j = random.Next(keepFirst ? 1 : 0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
