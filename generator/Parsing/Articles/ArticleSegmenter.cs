using System.Linq;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Cuts a page into articles. A lead opens with a dateline (本报讯, 新华社…电) or follows a signature line
/// (本报评论员); the short unfinished lines just before it are its headline block. An article closes at a
/// continuation mark (下转第4版) or a closing byline ((张三)). Pages without datelines fall back to
/// "a headline block, then a paragraph". Page furniture and text outside every article are returned
/// apart so they can be reported, never dropped.
/// </summary>
internal static class ArticleSegmenter
{
    private const int MaxHeadingLines = 8;


    public static (List<ArticleLines> Articles, List<SeedLine> Outside) Split(IReadOnlyList<SeedLine> seedLines)
    {
        var lines = GluedHeadlines.Split(WrappedHeadlines.Split(seedLines));
        var kinds = new LineKind[lines.Count];
        var kindAt = new Dictionary<int, LineKind>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            kinds[k] = LineKind.Of(lines[k].Content);
            kindAt[lines[k].Offset] = kinds[k];
        }

        var articles = new List<ArticleLines>();
        var outside = new List<SeedLine>();
        var anchors = PieceStarts.Leads(lines, kinds);
        var anyAnchor = anchors.Count > 0;
        ArticleLines? open = null;
        ArticleLines? signedOff = null;
        var i = 0;
        while (i < lines.Count)
        {
            if (open is not null && kinds[i].ClosingAside)
            {
                // (张三), （李四参与采写）, 制图：王五 right after the text: the article's own credits, not a new headline.
                open.Body.Add(lines[i]);
                (open, signedOff) = AfterLine(open, kinds[i]);
                i++;
                continue;
            }

            var lead = LeadAfterHeading(lines, kinds, i, anchors, allowAnchorless: open is null, anyAnchor);
            if (lead == i && open is not null && (OnlySummaryBox(open) || (open.Heading.Count > 0 && RoundUps.CarriesDispatches(open))))
            {
                // 新华社…电 with no headline of its own right after an article's text: the next item of a round-up under
                // that article's headline (or the lead under a box of ■ summary points), not a new article.
                lead = -1;
            }

            if (lead == i && open is null && signedOff is not null && anchors.Contains(i) && CaptionsOverLeads.TakesTheLead(signedOff, lines[i - 1].Content))
            {
                // 本报讯 … under a photo's caption and credit: the lead of the piece the photo heads.
                open = signedOff;
                signedOff = null;
                lead = -1;
            }

            if (lead == i && open is null && signedOff is not null && !anchors.Contains(i))
            {
                // A plain paragraph right after a signature, with no headline of its own: the next part of a
                // round-up under the same headline (甘肃… (张三) 江苏… (李四)).
                open = signedOff;
                signedOff = null;
                lead = -1;
            }

            if ((open ?? signedOff) is not null && !anchors.Contains(i) && (ListItems.GoesOn(lines[i].Content) || (i > 0 && ListItems.Introduces(lines[i - 1].Content))))
            {
                // ２、… or 图片： after a caption's credit: the gallery's next item, never a piece of its own; and the line
                // under 图片： is its first item (克雷库总统, 山花烂漫（水墨画）（王建国）), not a headline.
                open ??= signedOff;
                signedOff = null;
                lead = -1;
            }

            if (lead < 0 && open is null && signedOff is not null && AfterSignOff.Continues(kinds[i]))
            {
                // Prose after a signed-off piece, with no headline of its own, on a page whose pieces open with
                // datelines: the next brief of a box when its author signed the piece, else the same piece going on
                // past a picture credit or a date; never text outside every article.
                if (AfterSignOff.SignedByAuthor(lines[i - 1].Content))
                {
                    lead = i;
                }
                else
                {
                    open = signedOff;
                    signedOff = null;
                }
            }

            if (lead > i && (open ?? signedOff) is not null && PlaceLabels.AllPlaceLabels(lines, i, lead))
            {
                // 韩国, 江西 over the next paragraph: a round-up's next part under its place, not a piece of its own.
                open ??= signedOff;
                signedOff = null;
                lead = -1;
            }

            if (lead >= 0)
            {
                open = new ArticleLines(kindAt);
                articles.Add(open);
                for (var h = i; h < lead; h++)
                {
                    if (kinds[h].Furniture && !kinds[h].Credit)
                    {
                        outside.Add(lines[h]);
                    }
                    else
                    {
                        open.Heading.Add(lines[h]);
                    }
                }

                i = lead;
                open.Body.Add(lines[i]);
                (open, signedOff) = AfterLine(open, kinds[i]);
                i++;
                continue;
            }

            var line = lines[i];
            if (open is not null && (!kinds[i].Furniture || IsContinuationOnly(kinds[i])))
            {
                open.Body.Add(line);
                (open, signedOff) = AfterLine(open, kinds[i]);
            }
            else if (open is null && articles.Count > 0 && IsContinuationOnly(kinds[i]))
            {
                articles[articles.Count - 1].Body.Add(line);
            }
            else if (open is null && articles.Count > 0 && ProseHomes.GoesOnBefore(kinds[i]))
            {
                // Prose that opens no piece of its own after a line that closed one (a ＊＊＊ rule, a date, a second
                // credit): the piece before goes on past it, so its names and figures are read.
                open = articles[articles.Count - 1];
                open.Body.Add(line);
                (open, signedOff) = AfterLine(open, kinds[i]);
            }
            else
            {
                outside.Add(line);

                // Site furniture (分享, 新闻推荐, 上一篇) closes the article it follows.
                open = null;
                signedOff = null;
            }

            i++;
        }

        ProseHomes.HomeTheTop(articles, outside, kindAt);
        if (articles.Count == 0 && ProseHomes.OnePiece(outside, kindAt) is ArticleLines whole)
        {
            // A page of only a calligraphy piece, a poem or a table: one piece, so its text and names are not lost.
            articles.Add(whole);
            outside.RemoveAll(l => !kindAt[l.Offset].Furniture);
        }

        return (BriefColumns.Split(articles, kindAt), outside);
    }

    /// <summary>If a new article starts at <paramref name="i"/>, the index of its lead line; else -1.</summary>
    private static int LeadAfterHeading(IReadOnlyList<SeedLine> lines, LineKind[] kinds, int i, HashSet<int> anchors, bool allowAnchorless, bool anyAnchor)
    {
        if (anchors.Contains(i))
        {
            return i;
        }

        for (var j = i; j < lines.Count && j - i < MaxHeadingLines; j++)
        {
            if (anchors.Contains(j))
            {
                return j;
            }

            if (IsContinuationOnly(kinds[j]))
            {
                // 下转第4版 on a line of its own closes the text above it (a paragraph cut mid-sentence): no headline block holds it.
                return -1;
            }

            if (!kinds[j].HeadingCandidate && j + 2 < lines.Count && kinds[j + 1].Credit && anchors.Contains(j + 2))
            {
                // A photo's caption and credit printed between the headline block and the dateline: part of the block.
                continue;
            }

            if (!kinds[j].HeadingCandidate || (j > i && TableRows.IsDataRow(lines[j].Content)))
            {
                // A headline block then a plain paragraph (or a table's first row): an article with no dateline.
                var heading = j - i;
                var onlyFurniture = true;
                for (var h = i; h < j; h++)
                {
                    onlyFurniture &= kinds[h].Furniture;
                }

                if (allowAnchorless && (heading > 0 ? !onlyFurniture : !anyAnchor) && (!anyAnchor || heading > 0) && !kinds[j].Furniture)
                {
                    return j;
                }

                return -1;
            }
        }

        // The page ends (an excerpt cut short) after a headline and one unfinished line of prose: that line is the lead.
        var last = lines.Count - 1;
        if (allowAnchorless && last - i >= 1 && last - i < MaxHeadingLines && LooksLikeCutProse(lines[last].Content, kinds[last]))
        {
            return last;
        }

        return -1;
    }

    private static bool LooksLikeCutProse(string content, LineKind kind) =>
        content.Length >= 16 && (content.IndexOf('，') >= 0 || content.IndexOf(',') >= 0) && !kind.Furniture;

    private static bool OnlySummaryBox(ArticleLines open)
    {
        if (open.Heading.Count == 0 || open.Body.Count == 0)
        {
            return false;
        }

        foreach (var line in open.Body)
        {
            var content = line.Content.TrimStart();
            if (!LineShapes.IsPoint(content))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsContinuationOnly(LineKind kind) => kind.Tail.ContinuedOn && kind.Tail.TextEnd == 0;

    /// <summary>The article still open after a line, and the article a signature just closed (to pick up a round-up's next part).</summary>
    private static (ArticleLines? Open, ArticleLines? SignedOff) AfterLine(ArticleLines? open, LineKind kind) =>
        kind.Tail.ContinuedOn ? (null, null)
        : kind.Closes ? (null, open)
        : (open, null);
}
