using NewsContent.Generator.Model;

namespace NewsContent.Tests.Parsing;

/// <summary>Every run of seed text a parse accounts for: the articles' pieces and the text reported outside them (CONTENT004), in seed order.</summary>
internal static class SeedPieces
{
    public static List<TextPiece> Of(string text, ParseResult result) =>
        result.Page.Articles.SelectMany(a => a.Pieces)
            .Concat(result.Issues.Where(i => i.Id == IssueIds.TextOutsideArticles).Select(i => new TextPiece(i.Span.Offset, text.Substring(i.Span.Offset, i.Span.Length))))
            .OrderBy(p => p.Offset)
            .ToList();
}
