using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Where the lead of a piece stands, found before the page is cut: the line opening with a dateline (本报讯, 新华社…电);
/// the line under a title and its author line (a signed essay: title, 王建国, text; an editorial: title, 本报评论员,
/// text); the line under a photo piece's title or a standing title (挂起红灯迎新年（图片）, 图片新闻). The lines between a
/// lead and the text before it are its headline block.
/// </summary>
internal static class PieceStarts
{
    /// <summary>How far under a photo or standing title its first line of text may stand.</summary>
    private const int MaxOpenerBlock = 8;

    public static HashSet<int> Leads(IReadOnlyList<SeedLine> lines, LineKind[] kinds)
    {
        var leads = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (LineShapes.TryDateline(lines[i].Content, out _, out _))
            {
                leads.Add(i);
            }
        }

        var datelines = new List<int>(leads);
        for (var i = 1; i + 1 < lines.Count; i++)
        {
            if (!kinds[i].Author || !kinds[i - 1].HeadingLike || leads.Contains(i) || leads.Contains(i + 1))
            {
                continue;
            }

            if (!kinds[i + 1].HeadingLike)
            {
                // 本报评论员 or a bare author under a title: the next line is the lead; the author stays in the headline block.
                leads.Add(i + 1);
            }
            else if (!kinds[i].Byline && !kinds[i + 1].Author && !kinds[i + 1].Opens && !DatelineWithin(datelines, i + 1))
            {
                // Title, author, then short lines with no dateline below: a poem, whose first line is its text.
                leads.Add(i + 1);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i].Opens && !(i > 0 && ListItems.Introduces(lines[i - 1].Content)) && UnderOpener(kinds, i) is int lead)
            {
                leads.Add(lead);
            }
        }

        return leads;
    }

    /// <summary>A dateline stands within a headline block's reach below <paramref name="from"/>: the lines between are its headline block.</summary>
    private static bool DatelineWithin(List<int> datelines, int from)
    {
        foreach (var at in datelines)
        {
            if (at >= from && at - from < MaxOpenerBlock)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first line of text under a photo or standing title: past its deck and author lines, before the next title.</summary>
    private static int? UnderOpener(LineKind[] kinds, int opener)
    {
        for (var j = opener + 1; j < kinds.Length && j - opener <= MaxOpenerBlock; j++)
        {
            if (kinds[j].Opens)
            {
                return j > opener + 1 ? opener + 1 : null;
            }

            if (!kinds[j].HeadingLike || (kinds[j].ClosingAside && !kinds[j].Author))
            {
                return j;
            }
        }

        return opener + 1 < kinds.Length ? opener + 1 : null;
    }
}
