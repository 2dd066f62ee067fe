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

    /// <summary>Drops the characters from <paramref name="start"/> on (a byline or a continuation mark cut off a paragraph).</summary>
    public void Truncate(int start)
    {
        builder.Length = start;
        offsets.RemoveRange(start, offsets.Count - start);
        text = null;
    }

    public int SeedOffset(int index) =>
        offsets.Count == 0 ? 0 : offsets[index < offsets.Count ? index : offsets.Count - 1] + (index < offsets.Count ? 0 : 1);
}
