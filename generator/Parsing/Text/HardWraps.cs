using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// A page hard-wrapped at a column width (OCR output, a narrow e-paper column): how its column is recognised, where a
/// wrapped paragraph really ends, and how a wrapped line's pieces are joined back into one line that remembers where
/// each piece stands in the seed.
/// </summary>
internal static class HardWraps
{
    /// <summary>Narrowest column a hard-wrapped page is recognised at.</summary>
    public const int MinColumnWidth = 8;

    /// <summary>Widest column a hard-wrapped page is recognised at (a newspaper or book column, not a paragraph a line).</summary>
    public const int MaxColumnWidth = 40;

    /// <summary>A hard-wrapped page has at least this many lines filling its column.</summary>
    private const int MinFullLines = 3;

    /// <summary>How many of the widest line widths are tried as the column (the others are lines OCR left unwrapped).</summary>
    private const int MaxCandidateWidths = 3;

    /// <summary>The non-blank lines of a page, each physical line on its own, or the lines a wrap at <paramref name="columnWidth"/> (not 0) cut joined back.</summary>
    public static List<SeedLine> Rejoin(string text, List<RawLine> raw, int columnWidth)
    {
        var indents = columnWidth > 0 && IndentsParagraphs(text, raw, columnWidth);
        var lines = new List<SeedLine>();
        for (var r = 0; r < raw.Count; r++)
        {
            var first = r;
            while (columnWidth > 0 && raw[r].Width == columnWidth && r + 1 < raw.Count && !IsBlank(text, raw[r]) && !IsBlank(text, raw[r + 1])
                && !(indents && OpensParagraph(text, raw[r], raw[r + 1])))
            {
                r++;
            }

            AddLine(lines, text, raw, first, r);
        }

        return lines;
    }

    private static bool IsBlank(string text, RawLine line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!SeedText.IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the page indents its paragraphs: some line that surely starts one (the first line, a line after a blank
    /// line or after a line shorter than the column) is indented. Only then does an indented line after a full line
    /// open a paragraph; elsewhere the spaces it opens with were inside a line the wrap cut (。  出席…).
    /// </summary>
    private static bool IndentsParagraphs(string text, List<RawLine> raw, int width)
    {
        var sureStart = true;
        foreach (var line in raw)
        {
            if (IsBlank(text, line))
            {
                sureStart = true;
                continue;
            }

            if (sureStart && SeedText.IsSpace(text[line.Start]))
            {
                return true;
            }

            sureStart = line.Width != width;
        }

        return false;
    }

    /// <summary>A full line that ends its sentence (。！？), then an indented line: the paragraph ended at the column's edge.</summary>
    private static bool OpensParagraph(string text, RawLine full, RawLine next)
    {
        if (!SeedText.IsSpace(text[next.Start]))
        {
            return false;
        }

        var last = full.End - 1;
        while (last >= full.Start && (SeedText.IsSpace(text[last]) || Hanzi.IsCloser(text[last])))
        {
            last--;
        }

        return last >= full.Start && Hanzi.IsSentenceEnd(text[last]);
    }

    public static int FindColumnWidth(string text, List<RawLine> raw)
    {
        // The column is one of the few widest widths: OCR may leave a line or two it did not wrap (a URL, a table row).
        var widths = new List<int>(MaxCandidateWidths + 1);
        foreach (var line in raw)
        {
            if (!widths.Contains(line.Width) && (widths.Count < MaxCandidateWidths || line.Width > widths[widths.Count - 1]) && !IsBlank(text, line))
            {
                widths.Add(line.Width);
                widths.Sort((a, b) => b.CompareTo(a));
                if (widths.Count > MaxCandidateWidths)
                {
                    widths.RemoveAt(MaxCandidateWidths);
                }
            }
        }

        foreach (var width in widths)
        {
            if (width >= MinColumnWidth && width <= MaxColumnWidth && IsColumn(text, raw, width))
            {
                return width;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when <paramref name="width"/> is the page's column: at least three lines fill it, they are a good share of
    /// the long lines, hardly any line is wider, and the full lines go on on the next line mostly mid-sentence (a page
    /// that merely repeats lines of one length, a paragraph a line, has its full lines end their sentences).
    /// </summary>
    private static bool IsColumn(string text, List<RawLine> raw, int width)
    {
        int full = 0, cut = 0, finished = 0, longLines = 0, wider = 0;
        for (var r = 0; r < raw.Count; r++)
        {
            var line = raw[r];
            if (IsBlank(text, line))
            {
                continue;
            }

            longLines += line.Width * 2 >= width ? 1 : 0;
            wider += line.Width > width ? 1 : 0;
            if (line.Width != width)
            {
                continue;
            }

            full++;
            if (r + 1 < raw.Count && !IsBlank(text, raw[r + 1]))
            {
                cut++;
                finished += Hanzi.EndsSentence(text.Substring(line.Start, line.End - line.Start).TrimEnd()) ? 1 : 0;
            }
        }

        return full >= MinFullLines && full * 5 >= longLines * 2 && wider * 10 <= full && cut >= MinFullLines && finished * 2 <= cut;
    }

    /// <summary>Physical lines <paramref name="first"/> to <paramref name="last"/> as one line (one, unless a wrap cut it), trimmed.</summary>
    private static void AddLine(List<SeedLine> lines, string text, List<RawLine> raw, int first, int last)
    {
        var start = raw[first].Start;
        while (start < raw[first].End && SeedText.IsSpace(text[start]))
        {
            start++;
        }

        var end = raw[last].End;
        while (end > raw[last].Start && SeedText.IsSpace(text[end - 1]))
        {
            end--;
        }

        if (first == last)
        {
            if (end > start)
            {
                lines.Add(new SeedLine(raw[first].Number, start, text.Substring(start, end - start)));
            }

            return;
        }

        // A line the wrap cut: its pieces joined back without the line breaks, each remembering its seed offset.
        var content = new System.Text.StringBuilder();
        var seams = new List<int>();
        for (var r = first; r <= last; r++)
        {
            var from = r == first ? start : raw[r].Start;
            var to = r == last ? end : raw[r].End;
            if (to <= from)
            {
                continue;
            }

            if (content.Length > 0)
            {
                seams.Add(content.Length);
                seams.Add(from);
            }
            else
            {
                start = from;
            }

            content.Append(text, from, to - from);
        }

        if (content.Length > 0)
        {
            lines.Add(new SeedLine(raw[first].Number, start, content.ToString()) { Seams = seams.Count > 0 ? seams.ToArray() : null, LastNumber = raw[last].Number });
        }
    }
}

/// <summary>One physical line of the seed: its 1-based number, where it starts and ends, and its width as a reader counts it.</summary>
internal readonly record struct RawLine(int Number, int Start, int End, int Width);
