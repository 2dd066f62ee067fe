using System.Collections.Generic;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>A seed's text cut into lines, each trimmed but remembering where it stands.</summary>
internal sealed class SeedText
{
    private readonly List<int> lineStarts = new();

    public SeedText(string text)
    {
        Text = text;
        var lines = new List<SeedLine>();
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

            AddLine(lines, text, start, i, number);
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

        Lines = lines;
    }

    public string Text { get; }

    /// <summary>The non-blank lines, in order.</summary>
    public IReadOnlyList<SeedLine> Lines { get; }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Characters a page uses as spacing: they carry no content.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B' or '\0';

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

    private static void AddLine(List<SeedLine> lines, string text, int start, int end, int number)
    {
        var first = start;
        while (first < end && IsSpace(text[first]))
        {
            first++;
        }

        var last = end;
        while (last > first && IsSpace(text[last - 1]))
        {
            last--;
        }

        if (last > first)
        {
            lines.Add(new SeedLine(number, first, text.Substring(first, last - first)));
        }
    }
}

/// <summary>One non-blank line: its 1-based number, the offset of its first visible character, and its trimmed text.</summary>
internal readonly record struct SeedLine(int Number, int Offset, string Content)
{
    public int Length => Content.Length;
}
