using System.Globalization;
using System.Text;

namespace NewsContent.Tests.Fuzz;

/// <summary>
/// Makes hostile projects from real pages: every case is a pure function of (seed, index), so a failing case is
/// rebuilt alone with <c>new HostileSeedFactory(seed).Create(index)</c>. Recipes mix whole mutations (random bytes,
/// truncation mid-character, huge lines, specials in headlines, duplicated articles…) the way real damage mixes.
/// </summary>
internal sealed class HostileSeedFactory
{
    private static readonly string[] Bases = { "page", "slice", "synthetic", "empty", "whitespace", "bytes", "keyword", "digits" };

    private static readonly string[] Mutations =
    {
        "specials-headline", "specials-anywhere", "special-line", "truncate-bytes", "long-line", "keyword-line", "identifier-headline",
        "duplicate-article", "newlines", "bom", "shuffle", "drop-dateline", "invalid-bytes", "no-breaks", "surrogates",
    };

    private readonly int seed;

    public HostileSeedFactory(int seed) => this.seed = seed;

    public FuzzCase Create(int index)
    {
        var random = new Random(unchecked(seed * 1_000_003 + index));
        var recipe = new List<string>();
        var ns = "Fuzz.C" + index.ToString(CultureInfo.InvariantCulture);
        if (random.Next(20) == 0)
        {
            // A consumer's RootNamespace can hold keywords and digits: the generator must still emit a valid namespace.
            var extra = Pick(random, HostileText.Identifiers);
            ns += "." + extra + (random.Next(2) == 0 ? ".1x" : string.Empty);
            recipe.Add("namespace");
        }

        var style = random.Next(4) == 0 ? "Hanzi" : "Pinyin";
        var seeds = new List<FuzzSeed>();
        var seedCount = random.Next(10) == 0 ? 2 + random.Next(3) : 1;
        for (var s = 0; s < seedCount; s++)
        {
            var text = Seed(random, recipe);
            seeds.Add(new FuzzSeed(SeedPath(random, s, recipe), text, PublishedOn(random, recipe)));
        }

        if (seedCount > 1 && random.Next(2) == 0)
        {
            // The same page twice under different paths: every member collides across seeds.
            seeds[1] = seeds[1] with { Text = seeds[0].Text };
            recipe.Add("same-page-twice");
        }

        return new FuzzCase(index, string.Join("+", recipe.Distinct()), $"new HostileSeedFactory({seed}).Create({index})", ns, style, seeds);
    }

    private static string Seed(Random random, List<string> recipe)
    {
        // "many" (a page of 50-150 articles) costs as much to compile as twenty ordinary cases: one case in fifty is plenty.
        var kind = random.Next(50) == 0 ? "many" : Pick(random, Bases);
        recipe.Add(kind);
        var text = kind switch
        {
            "page" => Pick(random, FuzzCorpus.Pages),
            "slice" => Slice(random),
            "synthetic" => Synthetic(random, 1 + random.Next(4)),
            "many" => Synthetic(random, 50 + random.Next(100)),
            "empty" => string.Empty,
            "whitespace" => Whitespace(random),
            "bytes" => Decode(random, RandomBytes(random, random.Next(3000))),
            "keyword" => Pick(random, HostileText.Identifiers),
            _ => string.Join("\n", Enumerable.Range(0, 1 + random.Next(5)).Select(_ => Digits(random))),
        };

        var mutations = kind is "empty" or "whitespace" && random.Next(2) == 0 ? 0 : random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var mutation = Pick(random, Mutations);
            recipe.Add(mutation);
            text = Mutate(random, mutation, text);
        }

        return text;
    }

    private static string Mutate(Random random, string mutation, string text)
    {
        var lines = text.Split('\n').ToList();
        switch (mutation)
        {
            case "specials-headline":
                var headline = FirstNonBlank(lines);
                lines[headline] = Sprinkle(random, lines[headline], 1 + random.Next(6));
                break;
            case "specials-anywhere":
                for (var i = random.Next(8); i >= 0 && lines.Count > 0; i--)
                {
                    var at = random.Next(lines.Count);
                    lines[at] = Sprinkle(random, lines[at], 1 + random.Next(3));
                }

                break;
            case "special-line":
                lines.Insert(random.Next(lines.Count + 1), string.Concat(Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Pick(random, HostileText.Specials))));
                break;
            case "truncate-bytes":
                var bytes = Encoding.UTF8.GetBytes(text);
                return Decode(random, bytes.AsSpan(0, bytes.Length == 0 ? 0 : random.Next(bytes.Length)).ToArray());
            case "long-line":
                var unit = Pick(random, HostileText.LongLineUnits);
                var length = random.Next(6) == 0 ? 20_001 + random.Next(2000) : 5000;
                var builder = new StringBuilder(length + unit.Length);
                while (builder.Length < length)
                {
                    builder.Append(unit);
                }

                lines.Insert(random.Next(lines.Count + 1), builder.ToString());
                break;
            case "keyword-line":
                lines.Insert(random.Next(lines.Count + 1), Pick(random, HostileText.Identifiers));
                break;
            case "identifier-headline":
                lines.InsertRange(0, new[] { Pick(random, HostileText.Identifiers), string.Empty, "本报讯 2月17日,会议审议通过《工作要点》,共有4928家企业参加,占79.3%。", string.Empty });
                break;
            case "duplicate-article":
                var count = Math.Min(lines.Count, 3 + random.Next(12));
                var start = random.Next(lines.Count - count + 1);
                lines.AddRange(new[] { string.Empty }.Concat(lines.GetRange(start, count)));
                break;
            case "newlines":
                return string.Join(Pick(random, HostileText.Newlines), lines);
            case "bom":
                return "\uFEFF" + (random.Next(2) == 0 ? text : text.Insert(random.Next(text.Length + 1), "\uFEFF"));
            case "shuffle":
                return string.Join("\n", lines.OrderBy(_ => random.Next()));
            case "drop-dateline":
                return string.Join("\n", lines.Select(l => l.Replace("本报讯", string.Empty, StringComparison.Ordinal).Replace("新华社", string.Empty, StringComparison.Ordinal)));
            case "invalid-bytes":
                var raw = Encoding.UTF8.GetBytes(text).ToList();
                for (var i = 1 + random.Next(4); i > 0; i--)
                {
                    raw.Insert(random.Next(raw.Count + 1), (byte)(0x80 + random.Next(0x80)));
                }

                return Decode(random, raw.ToArray());
            case "no-breaks":
                return string.Concat(lines);
            default:
                var chars = text.ToCharArray();
                for (var i = random.Next(10); i >= 0 && chars.Length > 0; i--)
                {
                    chars[random.Next(chars.Length)] = (char)(0xD800 + random.Next(0x800));
                }

                return new string(chars);
        }

        return string.Join("\n", lines);
    }

    /// <summary>Bytes as the compiler would read them: UTF-8 when valid, else either with U+FFFD (an editor's decode) or as Latin-1 (the compiler's fallback).</summary>
    private static string Decode(Random random, byte[] bytes)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return random.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        }
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            // Mostly-valid UTF-8 with real text between the noise reaches further into the parser than pure noise.
            var text = Encoding.UTF8.GetBytes(Slice(random));
            return text.Concat(bytes.Take(random.Next(length + 1))).ToArray();
        }

        return bytes;
    }

    private static string Slice(Random random)
    {
        var lines = FuzzCorpus.Lines;
        var count = 1 + random.Next(30);
        var start = random.Next(Math.Max(1, lines.Count - count));
        return string.Join(random.Next(2) == 0 ? "\n\n" : "\n", lines.Skip(start).Take(count));
    }

    private static string Synthetic(Random random, int articles)
    {
        var builder = new StringBuilder();
        for (var a = 0; a < articles; a++)
        {
            var line = Pick(random, FuzzCorpus.Lines);
            builder.Append(line.Length > 30 ? line.Substring(0, 10 + random.Next(20)) : line).Append("\n\n");
            if (random.Next(3) == 0)
            {
                builder.Append(Pick(random, new[] { "黄钦主持会议", "杜小刚出席会议", "——记某地", "(记者 王某)" })).Append("\n\n");
            }

            builder.Append(Pick(random, new[] { "本报讯 ", "新华社北京2月17日电 ", "本报讯 2月17日,", string.Empty, "【本报讯】" }))
                .Append(Pick(random, FuzzCorpus.Lines)).Append("\n\n");
            for (var p = random.Next(3); p > 0; p--)
            {
                builder.Append(Pick(random, FuzzCorpus.Lines)).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    private static string Whitespace(Random random)
    {
        var spaces = new[] { " ", "\t", "\n", "\r\n", "\r", "\u3000", "\u00A0", "\v", "\f", "\u2028", "\u2029", "\u0085", "\uFEFF", "\u200B", "\0" };
        return string.Concat(Enumerable.Range(0, random.Next(60)).Select(_ => Pick(random, spaces)));
    }

    private static string Digits(Random random)
    {
        var digits = random.Next(2) == 0 ? "0123456789" : "０１２３４５６７８９";
        return new string(Enumerable.Range(0, 1 + random.Next(40)).Select(_ => digits[random.Next(10)]).ToArray());
    }

    private static string Sprinkle(Random random, string line, int count)
    {
        for (var i = 0; i < count; i++)
        {
            line = line.Insert(random.Next(line.Length + 1), Pick(random, HostileText.Specials));
        }

        return line;
    }

    private static int FirstNonBlank(List<string> lines)
    {
        var index = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        return index < 0 ? 0 : index;
    }

    private static string SeedPath(Random random, int index, List<string> recipe)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        if (random.Next(8) != 0)
        {
            return "seeds/page" + number + ".txt";
        }

        recipe.Add("path");
        return Pick(random, new[]
        {
            "seeds/新闻" + number + ".txt", "a/index.txt", "b/index.txt", "seeds/class.txt", "seeds/" + number + ".txt", "seeds/a\"b*/c" + number + ".txt",
            "seeds/</summary>" + number + ".txt", "seeds/ .txt", "../../outside" + number + ".txt", "seeds/{{x}}" + number + ".txt", "seeds/\u202Eevil" + number + ".txt",
            "seeds/no-extension" + number, "seeds/.hidden", "seeds/a.b.c" + number + ".txt", "seeds/新文" + number + ".txt",
        });
    }

    private static string? PublishedOn(Random random, List<string> recipe)
    {
        switch (random.Next(6))
        {
            case 0:
                return null;
            case 1:
                recipe.Add("bad-date");
                return Pick(random, new[] { "2020-02-30", "18/02/2020", "", " ", "2020-2-18", "yyyy-MM-dd", "٢٠٢٠-٠٢-١٨", "9999-12-31", "0001-01-01", "2020-02-18\"", "\u202E2020-02-18" });
            default:
                return "2020-02-18";
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
