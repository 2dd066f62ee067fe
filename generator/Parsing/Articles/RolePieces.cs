using System.Collections.Generic;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// The stretches of an article's lines with the part each plays (headline, dateline, byline, paragraph …), recorded
/// as the builder reads the line: every character of a line lands in exactly one stretch, so the pieces rebuild it.
/// </summary>
internal sealed class RolePieces
{
    private readonly List<Stretch> stretches = new();

    /// <summary>Characters <paramref name="start"/> to <paramref name="end"/> of a line play <paramref name="role"/>; an empty stretch is skipped.</summary>
    public void Add(SeedLine line, int start, int end, PieceRole role)
    {
        if (end > start)
        {
            stretches.Add(new Stretch(line, start, end, role));
        }
    }

    public void AddWhole(SeedLine line, PieceRole role) => Add(line, 0, line.Length, role);

    /// <summary>
    /// The paragraph text at <paramref name="at"/> of a line opens with a dateline of <paramref name="length"/> characters:
    /// that part of its body stretch becomes the dateline (the dateline is only known once the paragraphs are joined).
    /// </summary>
    public void MarkDateline(SeedLine line, int at, int length)
    {
        for (var i = 0; i < stretches.Count; i++)
        {
            var s = stretches[i];
            if (s.Role != PieceRole.Body || s.Line.Offset != line.Offset || at < s.Start || at >= s.End)
            {
                continue;
            }

            var end = System.Math.Min(s.End, at + length);
            stretches.RemoveAt(i);
            stretches.InsertRange(i, new[]
            {
                new Stretch(s.Line, s.Start, at, PieceRole.Body),
                new Stretch(s.Line, at, end, PieceRole.Dateline),
                new Stretch(s.Line, end, s.End, PieceRole.Body),
            });
            stretches.RemoveAll(x => x.End <= x.Start);
            return;
        }
    }

    /// <summary>The runs of seed text the stretches take, in line order, each with its role.</summary>
    public List<TextPiece> ToPieces()
    {
        var pieces = new List<TextPiece>();
        foreach (var s in stretches)
        {
            pieces.AddRange(s.Line.Pieces(s.Start, s.End - s.Start, s.Role));
        }

        return pieces;
    }

    private readonly record struct Stretch(SeedLine Line, int Start, int End, PieceRole Role);
}
