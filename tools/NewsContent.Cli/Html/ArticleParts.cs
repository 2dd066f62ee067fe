using NewsContent.Generator.Model;

namespace NewsContent.Cli.Html;

/// <summary>
/// The part of its article each piece of text is, as the parser decided when it built the article (the piece's role):
/// the report only names it and leaves the spacing around it unmarked.
/// </summary>
internal static class ArticleParts
{
    /// <summary>The CSS class of a role (body text is a paragraph).</summary>
    public static string ClassOf(PieceRole role) => role switch
    {
        PieceRole.Headline => "headline",
        PieceRole.Subheading => "subheading",
        PieceRole.Fragment => "fragment",
        PieceRole.Dateline => "dateline",
        PieceRole.Byline => "byline",
        PieceRole.Credit => "credit",
        PieceRole.Continuation => "continuation",
        PieceRole.Furniture => "furniture",
        _ => "paragraph",
    };

    /// <summary>The piece without the spaces around it, as (start, end) within the piece; empty when it is all spaces.</summary>
    public static (int Start, int End) Visible(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }
}
