using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Cuts a column of briefs into one article per brief.</summary>
internal static class BriefColumns
{
    /// <summary>
    /// A column of briefs (●8月2日… ●8月3日…): an article whose every paragraph opens with the same mark is one
    /// article per mark. A box of points before a lead is not a column: the lead follows it in the same article.
    /// </summary>
    public static List<ArticleLines> Split(List<ArticleLines> articles, Dictionary<int, LineKind> kindAt)
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
                    current = article.Sibling();
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
}
