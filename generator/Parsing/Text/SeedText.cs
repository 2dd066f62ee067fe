using System.Collections.Generic;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// A seed's text cut into lines, each trimmed but remembering where it stands. A page hard-wrapped at a column
/// width (OCR output, a narrow e-paper column) is read with its wrapped lines rejoined: see <see cref="ColumnWidth"/>.
/// </summary>
internal sealed class SeedText
{
    /// <summary>Narrowest column a hard-wrapped page is recognised at.</summary>
    public const int MinColumnWidth = 8;

    /// <summary>Widest column a hard-wrapped page is recognised at (a newspaper or book column, not a paragraph a line).</summary>
    public const int MaxColumnWidth = 40;

    /// <summary>A hard-wrapped page has at least this many lines filling its column.</summary>
    private const int MinFullLines = 3;

    /// <summary>How many of the widest line widths are tried as the column (the others are lines OCR left unwrapped).</summary>
    private const int MaxCandidateWidths = 3;

    private readonly List<int> lineStarts = new();

    public SeedText(string text)
    {
        Text = text;
        var raw = new List<RawLine>();
        var start = 0;
        var number = 1;
        lineStarts.Add(0);
        for (var i = 0; i <= text.Length; i++)
        {
            var atEnd = i == text.Length;
            var c = atEnd ? '\n' : text[i];
            if (!atEnd && !IsLineBreak(c))
            {
                continue;
            }

            raw.Add(new RawLine(number, start, i, Width(text, start, i)));
            if (!atEnd && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
            number++;
            if (!atEnd)
            {
                lineStarts.Add(start);
            }
        }

        ColumnWidth = FindColumnWidth(text, raw);
        var indents = ColumnWidth > 0 && IndentsParagraphs(text, raw, ColumnWidth);
        var lines = new List<SeedLine>();
        for (var r = 0; r < raw.Count; r++)
        {
            var first = r;
            while (ColumnWidth > 0 && raw[r].Width == ColumnWidth && r + 1 < raw.Count && !IsBlank(text, raw[r]) && !IsBlank(text, raw[r + 1])
                && !(indents && OpensParagraph(text, raw[r], raw[r + 1])))
            {
                r++;
            }

            AddLine(lines, text, raw, first, r);
        }

        Lines = lines;
    }

    public string Text { get; }

    /// <summary>The non-blank lines, in order; the lines of a hard-wrapped page rejoined.</summary>
    public IReadOnlyList<SeedLine> Lines { get; }

    /// <summary>
    /// The column width a hard-wrapped page was cut at, or 0. A page is hard-wrapped when hardly any line is wider
    /// than one of its widest widths, at least three lines (and a good share of its long lines) are exactly that wide,
    /// that width is a column's (8 to 40 characters), and those lines go on on the next line mostly mid-sentence: a
    /// page of a paragraph a line has lines of every length, and lines that end their sentences.
    /// </summary>
    public int ColumnWidth { get; }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Characters a page uses as spacing: they carry no content.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\0';

    /// <summary>
    /// The seed length of <paramref name="length"/> characters of text read from <paramref name="offset"/>: longer than
    /// the text when a wrap cut it (the line break between its pieces is not part of the text).
    /// </summary>
    public int SeedLength(int offset, int length)
    {
        if (ColumnWidth == 0)
        {
            return length;
        }

        var end = offset;
        for (var counted = 0; counted < length && end < Text.Length; end++)
        {
            if (IsLineBreak(Text[end]))
            {
                continue;
            }

            counted++;
        }

        return end - offset;
    }

    public SourceSpan Span(int offset, int length)
    {
        var (line, column) = Position(offset);
        var (endLine, endColumn) = Position(offset + length);
        return new SourceSpan(offset, length, line, column, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var lo = 0;
        var hi = lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return (lo + 1, offset - lineStarts[lo] + 1);
    }

    /// <summary>The characters of a line as a reader counts them (a surrogate pair is one).</summary>
    private static int Width(string text, int start, int end)
    {
        var width = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                width++;
            }
        }

        return width;
    }

    private static bool IsBlank(string text, RawLine line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!IsSpace(text[i]))
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

            if (sureStart && IsSpace(text[line.Start]))
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
        if (!IsSpace(text[next.Start]))
        {
            return false;
        }

        var last = full.End - 1;
        while (last >= full.Start && (IsSpace(text[last]) || Hanzi.IsCloser(text[last])))
        {
            last--;
        }

        return last >= full.Start && Hanzi.IsSentenceEnd(text[last]);
    }

    private static int FindColumnWidth(string text, List<RawLine> raw)
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
        while (start < raw[first].End && IsSpace(text[start]))
        {
            start++;
        }

        var end = raw[last].End;
        while (end > raw[last].Start && IsSpace(text[end - 1]))
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

    private readonly record struct RawLine(int Number, int Start, int End, int Width);
}

/// <summary>
/// One non-blank line: its 1-based number, the offset of its first visible character, and its trimmed text. A line
/// rejoined across hard wraps also knows where each later piece of it stands in the seed.
/// </summary>
internal readonly record struct SeedLine(int Number, int Offset, string Content)
{
    public int Length => Content.Length;

    /// <summary>For a line rejoined across wraps: pairs of (index in <see cref="Content"/>, seed offset) where each later piece starts.</summary>
    public int[]? Seams { get; init; }

    /// <summary>The number of the last physical line this line takes (a rejoined line takes several).</summary>
    public int LastNumber
    {
        get => lastNumber > Number ? lastNumber : Number;
        init => lastNumber = value;
    }

    private readonly int lastNumber;

    /// <summary>The seed offset just after the line's last character.</summary>
    public int End => Length == 0 ? Offset : SeedOffset(Length - 1) + 1;

    /// <summary>The seed offset of the character at <paramref name="index"/> of <see cref="Content"/>.</summary>
    public int SeedOffset(int index)
    {
        if (Seams is null || index < Seams[0])
        {
            return Offset + index;
        }

        var lo = 0;
        var hi = (Seams.Length / 2) - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Seams[mid * 2] <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return Seams[(lo * 2) + 1] + (index - Seams[lo * 2]);
    }

    /// <summary>The runs of seed text that make up <paramref name="length"/> characters from <paramref name="start"/>.</summary>
    public List<TextPiece> Pieces(int start, int length)
    {
        var pieces = new List<TextPiece>();
        var end = start + length;
        var at = start;
        while (at < end)
        {
            var next = NextSeam(at, end);
            pieces.Add(new TextPiece(SeedOffset(at), Content.Substring(at, next - at)));
            at = next;
        }

        return pieces;
    }

    /// <summary>Every run of seed text the line takes.</summary>
    public List<TextPiece> Pieces() => Pieces(0, Length);

    /// <summary>Part of the line as a line of its own, still knowing where it stands.</summary>
    public SeedLine Slice(int start, int length)
    {
        List<int>? seams = null;
        if (Seams is not null)
        {
            for (var s = 0; s < Seams.Length; s += 2)
            {
                if (Seams[s] > start && Seams[s] < start + length)
                {
                    seams ??= new List<int>();
                    seams.Add(Seams[s] - start);
                    seams.Add(Seams[s + 1]);
                }
            }
        }

        return new SeedLine(Number, SeedOffset(start), Content.Substring(start, length)) { Seams = seams?.ToArray(), LastNumber = LastNumber };
    }

    /// <summary>Where the seed run holding <paramref name="at"/> ends, at most <paramref name="end"/>.</summary>
    private int NextSeam(int at, int end)
    {
        if (Seams is null)
        {
            return end;
        }

        // The first seam after at, by binary search: a long rejoined paragraph has many.
        var lo = 0;
        var hi = Seams.Length / 2;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Seams[mid * 2] > at)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo < Seams.Length / 2 && Seams[lo * 2] < end ? Seams[lo * 2] : end;
    }
}
