using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Cli.Html;

/// <summary>One physical line of a seed, blank or not, numbered as the parser numbers lines.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character, line break excluded.</param>
internal readonly record struct SeedLineRange(int Number, int Start, int End);

/// <summary>Cuts a seed into physical lines with the parser's own notion of a line break, so line numbers agree with diagnostics.</summary>
internal static class SeedLines
{
    public static List<SeedLineRange> Split(string text)
    {
        var lines = new List<SeedLineRange>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !SeedText.IsLineBreak(text[i]))
            {
                continue;
            }

            lines.Add(new SeedLineRange(lines.Count + 1, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    /// <summary>The index of the line holding <paramref name="offset"/> (the last line for an offset at the very end).</summary>
    public static int IndexOf(List<SeedLineRange> lines, int offset)
    {
        var lo = 0;
        var hi = lines.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (lines[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
