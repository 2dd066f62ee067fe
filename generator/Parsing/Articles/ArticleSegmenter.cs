using System.Linq;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>The lines of one article: its headline block and its body, in seed order.</summary>
internal sealed class ArticleLines
{
    public List<SeedLine> Heading { get; } = new();

    public List<SeedLine> Body { get; } = new();
}

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
        var lines = SplitGluedHeadlines(SplitWrappedHeadlines(seedLines));
        var kinds = new LineKind[lines.Count];
        var kindAt = new Dictionary<int, LineKind>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            kinds[k] = LineKind.Of(lines[k].Content);
            kindAt[lines[k].Offset] = kinds[k];
        }

        var articles = new List<ArticleLines>();
        var outside = new List<SeedLine>();
        var anchors = FindLeads(lines, kinds);
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
                (open, signedOff) = AfterLine(open, lines[i].Content);
                i++;
                continue;
            }

            var lead = LeadAfterHeading(lines, kinds, i, anchors, allowAnchorless: open is null, anyAnchor);
            if (lead == i && open is not null && OnlySummaryBox(open))
            {
                // 新华社…电 after a headline and a box of ■ summary points: the box's article's lead, not a new article.
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

            if (lead >= 0)
            {
                open = new ArticleLines();
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
                (open, signedOff) = AfterLine(open, lines[i].Content);
                i++;
                continue;
            }

            var line = lines[i];
            if (open is not null && !kinds[i].Furniture)
            {
                open.Body.Add(line);
                (open, signedOff) = AfterLine(open, line.Content);
            }
            else if (open is null && articles.Count > 0 && IsContinuationOnly(line.Content))
            {
                articles[articles.Count - 1].Body.Add(line);
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

        return (SplitBriefs(articles, kindAt), outside);
    }

    /// <summary>
    /// A column of briefs (●8月2日… ●8月3日…): an article whose every paragraph opens with the same mark is one
    /// article per mark. A box of points before a lead is not a column: the lead follows it in the same article.
    /// </summary>
    private static List<ArticleLines> SplitBriefs(List<ArticleLines> articles, Dictionary<int, LineKind> kindAt)
    {
        var result = new List<ArticleLines>();
        foreach (var article in articles)
        {
            var mark = '\0';
            var points = 0;
            var column = true;
            foreach (var line in article.Body)
            {
                var content = line.Content.TrimStart();
                if (content.Length == 0 || kindAt[line.Offset].ClosingAside)
                {
                    continue;
                }

                if (!LineShapes.IsPoint(content) || (mark != '\0' && content[0] != mark))
                {
                    column = false;
                    break;
                }

                mark = content[0];
                points++;
            }

            if (!column || points < 2)
            {
                result.Add(article);
                continue;
            }

            ArticleLines? current = null;
            foreach (var line in article.Body)
            {
                var content = line.Content.TrimStart();
                if (current is null || (content.Length > 0 && content[0] == mark))
                {
                    // The column's title stays with its first brief.
                    var first = current is null;
                    current = new ArticleLines();
                    if (first)
                    {
                        current.Heading.AddRange(article.Heading);
                    }

                    result.Add(current);
                }

                current.Body.Add(line);
            }
        }

        return result;
    }

    /// <summary>
    /// E-paper dumps glue a headline to its lead with a run of spaces (前三季度外贸总值1204.6亿元   本报讯(记者 …)近日，…):
    /// such a line is two lines, the headline and the lead.
    /// </summary>
    private static IReadOnlyList<SeedLine> SplitGluedHeadlines(IReadOnlyList<SeedLine> lines)
    {
        List<SeedLine>? split = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var match = GluedHeadlineRegex.Match(line.Content);
            var head = match.Success ? match.Groups["head"].Value : string.Empty;
            var rest = match.Success ? match.Groups["rest"] : null;
            if (rest is not null && LineShapes.IsHeadingLike(head) && !LineShapes.IsFurniture(head)
                && (Hanzi.EndsSentence(rest.Value) || LineShapes.TryDateline(rest.Value, out _, out _)))
            {
                split ??= new List<SeedLine>(lines.Take(i));
                split.Add(line.Slice(0, head.Length));
                split.Add(line.Slice(rest!.Index, rest.Value.Length));
            }
            else
            {
                split?.Add(line);
            }
        }

        return split ?? lines;
    }

    /// <summary>
    /// A hard-wrapped page with no blank lines loses the line ends the wrap fell on: a headline that filled its last
    /// line runs into the lead under it (headline|本报讯（记者…）…), and a paragraph that ended at the column's edge runs
    /// into the headline after it (…。|headline, the lead on the next line). Where a rejoined line holds, between a seam
    /// after a finished sentence (or its start) and a seam that opens a dateline (or its end, the next line opening
    /// one), text that can only be a headline, the wrap cut there: the line is cut again at those seams.
    /// </summary>
    private static IReadOnlyList<SeedLine> SplitWrappedHeadlines(IReadOnlyList<SeedLine> lines)
    {
        List<SeedLine>? split = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var cuts = line.Seams is null ? null : WrappedHeadlineCuts(line, i + 1 < lines.Count ? lines[i + 1].Content : null);
            if (cuts is null)
            {
                split?.Add(line);
                continue;
            }

            split ??= new List<SeedLine>(lines.Take(i));
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
                    split.Add(line.Slice(start, end - start));
                }

                from = cut;
            }
        }

        return split ?? lines;
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
            if (at - from <= LineShapes.MaxHeadingLength && OpensDateline(content, at) && IsWrappedHeadline(content.Substring(from, at - from)))
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

    private static readonly System.Text.RegularExpressions.Regex GluedHeadlineRegex = new(
        "^(?<head>[^\\s。！？；，,]{2,30})[ \\u3000]{3,}(?<rest>\\S.{19,})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>If a new article starts at <paramref name="i"/>, the index of its lead line; else -1.</summary>
    private static int LeadAfterHeading(IReadOnlyList<SeedLine> lines, LineKind[] kinds, int i, HashSet<int> anchors, bool allowAnchorless, bool anyAnchor)
    {
        if (anchors.Contains(i))
        {
            return i;
        }

        for (var j = i; j < lines.Count && j - i < MaxHeadingLines; j++)
        {
            var content = lines[j].Content;
            if (anchors.Contains(j))
            {
                return j;
            }

            if (!kinds[j].HeadingCandidate)
            {
                // A headline block then a plain paragraph: an article with no dateline.
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

    private static HashSet<int> FindLeads(IReadOnlyList<SeedLine> lines, LineKind[] kinds)
    {
        var leads = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].Content;
            if (LineShapes.TryDateline(content, out _, out _))
            {
                leads.Add(i);
            }
            else if (kinds[i].Byline && i > 0 && kinds[i - 1].HeadingLike && i + 1 < lines.Count && !kinds[i + 1].HeadingLike)
            {
                // 本报评论员 under a headline: the next line is the lead; the signature stays in the headline block.
                leads.Add(i + 1);
            }
        }

        return leads;
    }

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

    private static bool IsContinuationOnly(string content) =>
        LineShapes.TryContinuedOn(content, out var start, out _) && start == 0;

    /// <summary>The article still open after a line, and the article a signature just closed (to pick up a round-up's next part).</summary>
    private static (ArticleLines? Open, ArticleLines? SignedOff) AfterLine(ArticleLines? open, string content) =>
        LineShapes.TryContinuedOn(content, out _, out _) ? (null, null)
        : LineShapes.TryTrailingByline(content, out _, out _) ? (null, open)
        : (open, null);
}
