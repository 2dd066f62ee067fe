using System.Text;

namespace NewsContent.Tests.Layout;

/// <summary>One way a user may paste a page: its name, whether the extraction must match exactly, and the rewrite.</summary>
public sealed record LayoutVariant(string Name, bool Exact, Func<string, string> Apply)
{
    public override string ToString() => Name;
}

/// <summary>
/// The layouts pages arrive in (issue 11): e-paper dumps (one paragraph a line, no blank lines), OCR output (blank
/// lines, lines hard-wrapped at the column width), Windows text (CRLF, full-width indentation). Pure functions of the
/// page text; every variant keeps every visible character in order.
/// </summary>
public static class LayoutVariants
{
    public const string FullWidthIndentation = "\u3000\u3000";

    public static IReadOnlyList<int> ColumnWidths { get; } = new[] { 12, 16, 20, 24 };

    public static IReadOnlyList<LayoutVariant> All { get; } = new[]
        {
            new LayoutVariant("NoBlankLines", true, NoBlankLines),
            new LayoutVariant("BlankLinesBetween", true, BlankLinesBetween),
            new LayoutVariant("Crlf", true, Crlf),
            new LayoutVariant("FullWidthIndent", true, FullWidthIndent),
        }
        .Concat(ColumnWidths.Select(width => new LayoutVariant("HardWrapped" + width, false, text => HardWrapped(text, width))))
        .ToArray();

    public static LayoutVariant Named(string name) => All.Single(v => v.Name == name);

    /// <summary>One paragraph a line: blank (or whitespace-only) lines removed.</summary>
    public static string NoBlankLines(string text) => Join(Lines(text).Where(line => !IsBlank(line)), "\n");

    /// <summary>A blank line after every line; a run of blank lines doubled.</summary>
    public static string BlankLinesBetween(string text) => Join(Lines(text).SelectMany(line => new[] { line, string.Empty }), "\n");

    /// <summary>Windows line ends.</summary>
    public static string Crlf(string text) => Join(Lines(text), "\r\n");

    /// <summary>Every paragraph line indented with two ideographic spaces (its own indentation replaced).</summary>
    public static string FullWidthIndent(string text) =>
        Join(Lines(text).Select(line => IsBlank(line) ? line : FullWidthIndentation + line.TrimStart()), "\n");

    /// <summary>
    /// An OCR column <paramref name="width"/> characters wide: each non-blank line (trailing spaces dropped) cut into
    /// lines of at most that many characters, a surrogate pair never cut; blank lines kept.
    /// </summary>
    public static string HardWrapped(string text, int width)
    {
        if (width < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(width));
        }

        var result = new List<string>();
        foreach (var raw in Lines(text))
        {
            if (IsBlank(raw))
            {
                result.Add(raw);
                continue;
            }

            var line = raw.TrimEnd();
            var start = 0;
            while (start < line.Length)
            {
                var end = start;
                var count = 0;
                while (end < line.Length && count < width)
                {
                    end += char.IsHighSurrogate(line[end]) && end + 1 < line.Length && char.IsLowSurrogate(line[end + 1]) ? 2 : 1;
                    count++;
                }

                result.Add(line.Substring(start, end - start));
                start = end;
            }
        }

        return Join(result, "\n");
    }

    /// <summary>The lines of a text whatever its line ends; a final line end gives no extra line.</summary>
    public static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').ToList();
        if (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static bool IsBlank(string line) => line.All(c => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B');

    private static string Join(IEnumerable<string> lines, string lineEnd)
    {
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            builder.Append(line).Append(lineEnd);
        }

        return builder.ToString();
    }
}
