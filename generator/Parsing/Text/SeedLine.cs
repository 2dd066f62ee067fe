using System.Collections.Generic;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Text;

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
    public List<TextPiece> Pieces(int start, int length, PieceRole role = PieceRole.Body)
    {
        var pieces = new List<TextPiece>();
        var end = start + length;
        var at = start;
        while (at < end)
        {
            var next = NextSeam(at, end);
            pieces.Add(new TextPiece(SeedOffset(at), Content.Substring(at, next - at), role));
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
