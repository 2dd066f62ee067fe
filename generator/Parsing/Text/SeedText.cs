using System.Collections.Generic;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// A seed's text cut into lines, each trimmed but remembering where it stands. A page hard-wrapped at a column
/// width (OCR output, a narrow e-paper column) is read with its wrapped lines rejoined: see <see cref="HardWraps"/>.
/// </summary>
internal sealed class SeedText
{
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

        ColumnWidth = HardWraps.FindColumnWidth(text, raw);
        Lines = HardWraps.Rejoin(text, raw, ColumnWidth);
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
}
