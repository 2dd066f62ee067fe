using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Cli.Html;

/// <summary>A part of one line of an article, relative to the line's visible text.</summary>
internal readonly record struct LinePart(int Start, int End, string Role);

/// <summary>
/// Says which part of its article each line is (headline, deck, dateline, paragraph, byline, continuation mark).
/// The model keeps the parts' strings, not their places, so the line is matched against them with the parser's own line shapes.
/// </summary>
internal sealed class ArticleParts
{
    private readonly ArticleModel article;
    private bool datelineSeen;

    public ArticleParts(ArticleModel article) => this.article = article;

    public List<LinePart> Classify(string line)
    {
        var whole = line.Length;
        if (article.Fragments.Contains(line))
        {
            return One(whole, "fragment");
        }

        if (article.Subheadings.Contains(line))
        {
            return One(whole, "subheading");
        }

        if (IsHeadlineLine(line))
        {
            return One(whole, "headline");
        }

        if (LineShapes.TryContinuedFrom(line, out var fromLength, out _) && fromLength == whole)
        {
            return One(whole, "continuation");
        }

        if (article.Byline is not null && LineShapes.IsBylineLine(line))
        {
            return One(whole, "byline");
        }

        return Paragraph(line);
    }

    private List<LinePart> Paragraph(string line)
    {
        var parts = new List<LinePart>();
        var start = 0;
        var end = line.Length;
        if (article.ContinuedFromPage is not null && LineShapes.TryContinuedFrom(line, out var fromLength, out _))
        {
            parts.Add(new LinePart(0, fromLength, "continuation"));
            start = fromLength;
        }

        var tail = new List<LinePart>();
        if (article.ContinuedOnPage is not null && LineShapes.TryContinuedOn(line, out var onStart, out _) && onStart >= start)
        {
            tail.Add(new LinePart(onStart, end, "continuation"));
            end = onStart;
        }

        if (article.Byline is not null && LineShapes.TryTrailingByline(line.Substring(0, end), out var bylineStart, out _) && bylineStart >= start)
        {
            tail.Insert(0, new LinePart(bylineStart, end, "byline"));
            end = bylineStart;
        }

        while (start < end && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        if (!datelineSeen && article.Dateline is { Length: > 0 } dateline && string.CompareOrdinal(line, start, dateline, 0, dateline.Length) == 0
            && start + dateline.Length <= end)
        {
            datelineSeen = true;
            parts.Add(new LinePart(start, start + dateline.Length, "dateline"));
            start += dateline.Length;
        }

        if (end > start)
        {
            parts.Add(new LinePart(start, end, "paragraph"));
        }

        parts.AddRange(tail);
        return parts;
    }

    /// <summary>
    /// A line of the headline: the headline itself or a piece of it, or its segments as printed before the parser
    /// put them in order and joined them (so compare the characters without spaces, not their order).
    /// </summary>
    private bool IsHeadlineLine(string line)
    {
        var headline = article.Headline;
        if (headline.Length == 0)
        {
            return false;
        }

        return headline.Contains(line) || SameCharacters(WithoutSpaces(line), WithoutSpaces(headline));
    }

    private static char[] WithoutSpaces(string text) => text.Where(c => !char.IsWhiteSpace(c)).ToArray();

    private static bool SameCharacters(char[] left, char[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        Array.Sort(left);
        Array.Sort(right);
        return left.AsSpan().SequenceEqual(right);
    }

    private static List<LinePart> One(int length, string role) => new() { new LinePart(0, length, role) };
}
