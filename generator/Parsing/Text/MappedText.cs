using System.Collections.Generic;
using System.Text;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>Text joined from pieces of a seed (a paragraph rejoined across a layout break), each character remembering its seed offset.</summary>
internal sealed class MappedText
{
    private readonly StringBuilder builder = new();
    private readonly List<int> offsets = new();
    private string? text;

    public string Text => text ??= builder.ToString();

    public int Length => builder.Length;

    public void Append(string piece, int seedOffset)
    {
        builder.Append(piece);
        for (var i = 0; i < piece.Length; i++)
        {
            offsets.Add(seedOffset + i);
        }

        text = null;
    }

    /// <summary>Appends <paramref name="length"/> characters of a line from <paramref name="start"/>, each at its seed offset (a rejoined line spans line breaks).</summary>
    public void Append(SeedLine line, int start, int length)
    {
        foreach (var piece in line.Pieces(start, length))
        {
            Append(piece.Text, piece.Offset);
        }
    }

    /// <summary>Drops the characters from <paramref name="start"/> on (a byline or a continuation mark cut off a paragraph).</summary>
    public void Truncate(int start)
    {
        builder.Length = start;
        offsets.RemoveRange(start, offsets.Count - start);
        text = null;
    }

    /// <summary>The seed length from the character at <paramref name="start"/> to just after the last of <paramref name="length"/> characters (longer than the text when it spans a line break).</summary>
    public int SeedLength(int start, int length) =>
        length <= 0 ? 0 : SeedOffset(start + length - 1) + 1 - SeedOffset(start);

    public int SeedOffset(int index) =>
        offsets.Count == 0 ? 0 : offsets[index < offsets.Count ? index : offsets.Count - 1] + (index < offsets.Count ? 0 : 1);
}
