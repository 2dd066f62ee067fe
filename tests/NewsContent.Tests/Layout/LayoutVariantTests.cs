using NewsContent.Tests.Parsing;
using System.Text.Json;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using Xunit.Abstractions;

namespace NewsContent.Tests.Layout;

/// <summary>
/// Issue 11: a page pasted in another layout (no blank lines, blank lines between, CRLF, full-width indentation,
/// hard-wrapped OCR columns) is extracted as in its own layout. Pages are found in the output folder, never named
/// here. Pairs that still differ are listed in known-layout-differences.txt; a listed pair that passes fails too.
/// </summary>
public sealed class LayoutVariantTests(ITestOutputHelper output)
{
    private const string KnownFile = "known-layout-differences.txt";

    private static string Root => AppContext.BaseDirectory;

    /// <summary>Every corpus page and every seed, as a path relative to the output folder.</summary>
    public static IEnumerable<string> PagePaths() =>
        new[] { "corpus", "seeds" }
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.txt"))
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases() =>
        from page in PagePaths()
        from variant in LayoutVariants.All
        select new object[] { page, variant.Name };

    [Theory]
    [MemberData(nameof(Cases))]
    public void APageExtractsTheSameInEveryLayout(string page, string variantName)
    {
        var variant = LayoutVariants.Named(variantName);
        var text = File.ReadAllText(Path.Combine(Root, page));
        var published = PublishedOn(page);
        var own = SeedParser.Parse(new SeedInput(page, page, text, published, false)).Page;
        var variantText = variant.Apply(text);
        var result = SeedParser.Parse(new SeedInput(page, page, variantText, published, false));
        var other = result.Page;

        var differences = variant.Exact ? LayoutComparison.Exact(own, other) : LayoutComparison.Wrapped(own, other);
        differences.AddRange(NothingIsLost(variantText, result));
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        var key = Key(page, variantName);
        var known = KnownDifferences().ContainsKey(key);
        if (known)
        {
            Assert.True(differences.Count > 0, $"{key} is listed in {KnownFile} but now extracts the same: remove its line.");
        }
        else
        {
            Assert.True(differences.Count == 0,
                $"{key}: {differences.Count} difference(s) from the page's own layout:\n" + string.Join("\n", differences.Take(25)));
        }
    }

    [Fact]
    public void EveryKnownDifferenceNamesAPageAndAVariantThatExist()
    {
        var pages = new HashSet<string>(PagePaths(), StringComparer.Ordinal);
        var variants = new HashSet<string>(LayoutVariants.All.Select(v => v.Name), StringComparer.Ordinal);
        foreach (var (key, line) in KnownDifferences())
        {
            var parts = key.Split(' ');
            Assert.True(parts.Length == 2 && pages.Contains(parts[0]) && variants.Contains(parts[1]), $"{KnownFile}: stale or malformed line: {line}");
        }
    }

    [Fact]
    public void TheVariantsKeepEveryVisibleCharacter()
    {
        foreach (var page in PagePaths())
        {
            var text = File.ReadAllText(Path.Combine(Root, page));
            foreach (var variant in LayoutVariants.All)
            {
                Assert.Equal(Visible(text), Visible(variant.Apply(text)));
            }
        }

        Assert.Equal("ab\ncd\ne\n\nfg\n", LayoutVariants.HardWrapped("abcde\n\nfg\n", 2));
        Assert.Equal("a\nb\n", LayoutVariants.NoBlankLines("a\n\n \nb"));
        Assert.Equal("a\n\n\n\nb\n\n", LayoutVariants.BlankLinesBetween("a\n\nb"));
        Assert.Equal("a\r\n\r\nb\r\n", LayoutVariants.Crlf("a\n\nb\n"));
        Assert.Equal("\u3000\u3000a\n\n\u3000\u3000b\n", LayoutVariants.FullWidthIndent("  a\n\nb"));
    }

    /// <summary>
    /// The variant's text rebuilds from the articles' pieces and the text reported outside them, and every figure and
    /// date points at its own characters in the variant (across a line break when a wrap cut it).
    /// </summary>
    private static IEnumerable<string> NothingIsLost(string text, ParseResult result)
    {
        var pieces = SeedPieces.Of(text, result);
        for (var i = 1; i < pieces.Count; i++)
        {
            if (pieces[i - 1].Offset + pieces[i - 1].Text.Length > pieces[i].Offset)
            {
                yield return $"rebuild: pieces overlap at offset {pieces[i].Offset}";
            }
        }

        foreach (var piece in pieces.Where(p => text.Substring(p.Offset, p.Text.Length) != p.Text))
        {
            yield return $"rebuild: piece at offset {piece.Offset} is not the variant's text there: «{piece.Text}»";
        }

        if (Visible(text) != Visible(string.Concat(pieces.Select(p => p.Text))))
        {
            yield return "rebuild: the variant's visible text does not rebuild from the pieces and the text outside articles";
        }

        foreach (var (shown, span) in result.Page.Figures.Select(f => (f.Text, f.Source)).Concat(result.Page.Dates.Select(d => (d.Text, d.Source))))
        {
            var at = span.Offset + span.Length <= text.Length ? text.Substring(span.Offset, span.Length) : "(past the end)";
            if (Visible(at) != Visible(shown))
            {
                yield return $"span of «{shown}» holds «{at}»";
            }
        }
    }

    private static string Visible(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string Key(string page, string variant) => page + " " + variant;

    /// <summary>The listed pairs: "page variant: what differs", # comments and blank lines ignored.</summary>
    private static Dictionary<string, string> KnownDifferences()
    {
        var path = Path.Combine(Root, "Layout", KnownFile);
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return known;
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':');
            known[(colon < 0 ? line : line.Substring(0, colon)).Trim()] = line;
        }

        return known;
    }

    /// <summary>The page's publication date from its gold (corpus/gold/x.json, or gold/x.json for a seed), if any.</summary>
    private static string? PublishedOn(string page)
    {
        var name = Path.GetFileNameWithoutExtension(page) + ".json";
        var folder = Path.GetDirectoryName(Path.Combine(Root, page))!;
        foreach (var gold in new[] { Path.Combine(folder, "gold", name), Path.Combine(Root, "gold", name) })
        {
            if (File.Exists(gold))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(gold));
                return document.RootElement.TryGetProperty("published_on", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            }
        }

        return null;
    }
}
