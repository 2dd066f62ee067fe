using System.Collections.Generic;
using System.Linq;

namespace NewsContent.Cli.Html;

/// <summary>
/// Turns the marks over one line into properly nested open/text/close tokens. Marks that cross each other
/// (a name running into a figure) are closed and reopened; a reopened piece is marked "cont" and carries no anchor,
/// so each element keeps exactly one id.
/// </summary>
internal static class LineMarkup
{
    public static List<TokenView> Build(string text, SeedLineRange line, IReadOnlyList<Mark> marks, HashSet<Mark> opened)
    {
        var tokens = new List<TokenView>();
        var inLine = marks
            .Where(m => (m.Start < line.End && m.End > line.Start) || (m.Start == m.End && m.Start >= line.Start && m.Start <= line.End))
            .ToList();
        var boundaries = new SortedSet<int> { line.Start, line.End };
        foreach (var mark in inLine)
        {
            boundaries.Add(Clamp(mark.Start, line));
            boundaries.Add(Clamp(mark.End, line));
        }

        var points = boundaries.ToList();
        var stack = new List<Mark>();
        for (var k = 0; k < points.Count; k++)
        {
            var at = points[k];
            var wanted = inLine
                .Where(m => m.Start <= at && m.End > at)
                .OrderBy(m => m.Layer).ThenBy(m => m.Start).ThenByDescending(m => m.End)
                .ToList();
            var keep = 0;
            while (keep < stack.Count && keep < wanted.Count && ReferenceEquals(stack[keep], wanted[keep]))
            {
                keep++;
            }

            while (stack.Count > keep)
            {
                stack.RemoveAt(stack.Count - 1);
                tokens.Add(new TokenView { Kind = TokenView.Close });
            }

            foreach (var point in inLine.Where(m => m.Start == m.End && m.Start == at))
            {
                tokens.Add(Open(point, opened));
                tokens.Add(new TokenView { Kind = TokenView.Close });
            }

            for (var i = keep; i < wanted.Count; i++)
            {
                stack.Add(wanted[i]);
                tokens.Add(Open(wanted[i], opened));
            }

            if (k + 1 < points.Count)
            {
                tokens.Add(new TokenView { Kind = TokenView.Text, Value = text.Substring(at, points[k + 1] - at) });
            }
        }

        for (var i = 0; i < stack.Count; i++)
        {
            tokens.Add(new TokenView { Kind = TokenView.Close });
        }

        return tokens;
    }

    private static TokenView Open(Mark mark, HashSet<Mark> opened)
    {
        var first = opened.Add(mark);
        return new TokenView
        {
            Kind = TokenView.Open,
            Classes = first ? mark.Classes : mark.Classes + " cont",
            Id = first ? mark.Id : null,
            Member = mark.Member,
            Title = mark.Title,
            Date = mark.Date,
        };
    }

    private static int Clamp(int offset, SeedLineRange line) => offset < line.Start ? line.Start : offset > line.End ? line.End : offset;
}
