using System.Linq;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>A headline a hard wrap ran into the lines around it, cut apart again at the wrap's seams.</summary>
internal static class WrappedHeadlines
{
    /// <summary>
    /// A hard-wrapped page with no blank lines loses the line ends the wrap fell on: a headline that filled its last
    /// line runs into the lead under it (headline|本报讯（记者…）…), and a paragraph that ended at the column's edge runs
    /// into the headline after it (…。|headline, the lead on the next line). Where a rejoined line holds, between a seam
    /// after a finished sentence (or its start) and a seam that opens a dateline or closes a photo title's picture note
    /// (or its end, the next line opening a dateline), text that can only be a headline, the wrap cut there: the line is
    /// cut again at those seams.
    /// </summary>
    public static IReadOnlyList<SeedLine> Split(IReadOnlyList<SeedLine> lines) => LineSplits.Each(lines, (line, i) =>
    {
        var cuts = line.Seams is null ? null : WrappedHeadlineCuts(line, i + 1 < lines.Count ? lines[i + 1].Content : null);
        return cuts is null ? null : Pieces(line, cuts);
    });

    /// <summary>The line cut at <paramref name="cuts"/>, each piece without the spaces at its edges; pieces of only spaces are dropped.</summary>
    private static IEnumerable<SeedLine> Pieces(SeedLine line, List<int> cuts)
    {
        var from = 0;
        foreach (var cut in cuts.Append(line.Length))
        {
            var start = from;
            var end = cut;
            while (start < end && SeedText.IsSpace(line.Content[start]))
            {
                start++;
            }

            while (end > start && SeedText.IsSpace(line.Content[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                yield return line.Slice(start, end - start);
            }

            from = cut;
        }
    }

    /// <summary>The seams of a rejoined line where a headline inside it starts or ends, in order, or null.</summary>
    private static List<int>? WrappedHeadlineCuts(SeedLine line, string? next)
    {
        var content = line.Content;
        var seams = line.Seams!;
        List<int>? cuts = null;
        var from = 0;
        for (var s = 0; s < seams.Length; s += 2)
        {
            var at = seams[s];
            if (at - from <= LineShapes.MaxHeadingLength && (OpensDateline(content, at) || EndsPhotoTitle(content, from, at)) && IsWrappedHeadline(content.Substring(from, at - from)))
            {
                cuts ??= new List<int>();
                if (from > 0 && (cuts.Count == 0 || cuts[cuts.Count - 1] != from))
                {
                    cuts.Add(from);
                }

                cuts.Add(at);
                from = at;
            }
            else if (EndsWithSentenceEnd(content, at))
            {
                from = at;
            }
        }

        if (from > 0 && content.Length - from <= LineShapes.MaxHeadingLength && next is not null && OpensDateline(next, 0) && IsWrappedHeadline(content.Substring(from)))
        {
            cuts ??= new List<int>();
            if (cuts.Count == 0 || cuts[cuts.Count - 1] != from)
            {
                cuts.Add(from);
            }
        }

        return cuts;
    }

    /// <summary>A dateline opens the text at <paramref name="at"/> (read from a bounded stretch: a long paragraph has many seams).</summary>
    private static bool OpensDateline(string text, int at)
    {
        while (at < text.Length && SeedText.IsSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && LineShapes.TryDateline(text.Substring(at, System.Math.Min(MaxDatelineLength, text.Length - at)), out _, out _);
    }

    /// <summary>
    /// The text from <paramref name="from"/> to the seam at <paramref name="at"/> is a photo piece's title, its picture
    /// note last (北京举行新春灯会（附图片２张）): a title ends at its note, so the wrap fell at its end.
    /// </summary>
    private static bool EndsPhotoTitle(string text, int from, int at) => PieceOpeners.PhotoNoteStart(text.Substring(from, at - from).Trim()) >= 0;

    /// <summary>Longer than any dateline the shapes read (新华社北京9月3日电 and a date after it).</summary>
    private const int MaxDatelineLength = 64;

    /// <summary>The text before <paramref name="end"/> finishes a sentence (。！？, closing quotes after it): not a label's colon.</summary>
    private static bool EndsWithSentenceEnd(string text, int end)
    {
        var last = end - 1;
        while (last >= 0 && (SeedText.IsSpace(text[last]) || Hanzi.IsCloser(text[last])))
        {
            last--;
        }

        return last >= 0 && Hanzi.IsSentenceEnd(text[last]);
    }

    /// <summary>
    /// Text that can only stand in a headline block: heading-like with no clause punctuation (a run of prose, a label
    /// and its value, has some), and not a closing credit or signature.
    /// </summary>
    private static bool IsWrappedHeadline(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || !LineShapes.IsHeadingLike(text) || text.IndexOfAny(ClausePunctuation) >= 0)
        {
            return false;
        }

        return !LineKind.Of(text).ClosingAside;
    }

    private static readonly char[] ClausePunctuation = { '，', ',', '、', '；', ';', '：', ':' };
}
