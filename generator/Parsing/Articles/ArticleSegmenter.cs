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
    private const int MaxHeadingLines = 6;

    public static (List<ArticleLines> Articles, List<SeedLine> Outside) Split(IReadOnlyList<SeedLine> lines)
    {
        var articles = new List<ArticleLines>();
        var outside = new List<SeedLine>();
        var anchors = FindLeads(lines);
        var anyAnchor = anchors.Count > 0;
        ArticleLines? open = null;
        var i = 0;
        while (i < lines.Count)
        {
            var lead = LeadAfterHeading(lines, i, anchors, allowAnchorless: open is null, anyAnchor);
            if (lead >= 0)
            {
                open = new ArticleLines();
                articles.Add(open);
                for (var h = i; h < lead; h++)
                {
                    if (LineShapes.IsFurniture(lines[h].Content))
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
                if (ClosesArticle(lines[i].Content))
                {
                    open = null;
                }

                i++;
                continue;
            }

            var line = lines[i];
            if (open is not null && !LineShapes.IsFurniture(line.Content))
            {
                open.Body.Add(line);
                if (ClosesArticle(line.Content))
                {
                    open = null;
                }
            }
            else if (open is null && articles.Count > 0 && IsContinuationOnly(line.Content))
            {
                articles[articles.Count - 1].Body.Add(line);
            }
            else
            {
                outside.Add(line);
            }

            i++;
        }

        return (articles, outside);
    }

    /// <summary>If a new article starts at <paramref name="i"/>, the index of its lead line; else -1.</summary>
    private static int LeadAfterHeading(IReadOnlyList<SeedLine> lines, int i, HashSet<int> anchors, bool allowAnchorless, bool anyAnchor)
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

            if (!IsHeadingCandidate(content))
            {
                // A headline block then a plain paragraph: an article with no dateline.
                var heading = j - i;
                var onlyFurniture = true;
                for (var h = i; h < j; h++)
                {
                    onlyFurniture &= LineShapes.IsFurniture(lines[h].Content);
                }

                if (allowAnchorless && (heading > 0 ? !onlyFurniture : !anyAnchor) && (!anyAnchor || heading > 0) && !LineShapes.IsFurniture(content))
                {
                    return j;
                }

                return -1;
            }
        }

        return -1;
    }

    private static HashSet<int> FindLeads(IReadOnlyList<SeedLine> lines)
    {
        var leads = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].Content;
            if (LineShapes.TryDateline(content, out _, out _))
            {
                leads.Add(i);
            }
            else if (LineShapes.IsBylineLine(content) && i > 0 && LineShapes.IsHeadingLike(lines[i - 1].Content)
                && i + 1 < lines.Count && !LineShapes.IsHeadingLike(lines[i + 1].Content))
            {
                // 本报评论员 under a headline: the next line is the lead; the signature stays in the headline block.
                leads.Add(i + 1);
            }
        }

        return leads;
    }

    private static bool IsHeadingCandidate(string content) =>
        LineShapes.IsHeadingLike(content) || LineShapes.IsBylineLine(content) || LineShapes.IsFurniture(content)
        || LineShapes.TryContinuedFrom(content, out var length, out _) && length == content.Length;

    private static bool IsContinuationOnly(string content) =>
        LineShapes.TryContinuedOn(content, out var start, out _) && start == 0;

    private static bool ClosesArticle(string content) =>
        LineShapes.TryContinuedOn(content, out _, out _) || LineShapes.TryTrailingByline(content, out _, out _);
}
