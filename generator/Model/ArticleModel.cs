namespace NewsContent.Generator.Model;

/// <summary>One article of a page, as printed.</summary>
/// <param name="Number">1-based position of the article on its page.</param>
/// <param name="Headline">The headline, or an empty string for an article printed without one.</param>
/// <param name="Subheadings">Kicker and deck lines, in text order.</param>
/// <param name="Fragments">Broken deck pieces (unbalanced title marks, cut lines) kept so no text is lost.</param>
/// <param name="Dateline">The dateline token as printed (本报讯 2月17日), or null.</param>
/// <param name="DatelineDate">The dateline's date, ISO 8601 (or --MM-dd when the year is unknown), or null.</param>
/// <param name="Byline">The author's name(s) or signature (本报评论员), or null.</param>
/// <param name="Kind">News, or commentary (signed by an editorial signature such as 本报评论员).</param>
/// <param name="Pieces">Every piece of seed text the article owns, in seed order, to rebuild the page from the model.</param>
internal sealed record ArticleModel(
    int Number,
    string Headline,
    EquatableArray<string> Subheadings,
    EquatableArray<string> Fragments,
    string? Dateline,
    string? DatelineDate,
    string? Byline,
    int? ContinuedOnPage,
    int? ContinuedFromPage,
    EquatableArray<string> Paragraphs,
    ArticleKind Kind,
    SourceSpan Source,
    EquatableArray<TextPiece> Pieces)
{
    /// <summary>The section letter of the page it continues on (下转A4版), or null: none printed, or none on this page.</summary>
    public string? ContinuedOnSection { get; init; }

    /// <summary>The section letter of the page it continues from (上接A1版), or null.</summary>
    public string? ContinuedFromSection { get; init; }
}

/// <summary>A run of seed text owned by an element, at its offset in the seed, and the part of its article it is.</summary>
internal readonly record struct TextPiece(int Offset, string Text, PieceRole Role = PieceRole.Body);

/// <summary>
/// The part of its article a piece of text is, decided once where the article is built (the report reads it back
/// instead of matching the model's strings against the lines again).
/// </summary>
internal enum PieceRole
{
    /// <summary>Paragraph text.</summary>
    Body,

    /// <summary>The headline.</summary>
    Headline,

    /// <summary>A kicker or deck line.</summary>
    Subheading,

    /// <summary>A broken deck piece (unbalanced title marks).</summary>
    Fragment,

    /// <summary>The dateline opening the lead (本报讯, 新华社北京9月3日电).</summary>
    Dateline,

    /// <summary>A byline or signature, alone on its line or closing a paragraph.</summary>
    Byline,

    /// <summary>A picture, chart or data credit.</summary>
    Credit,

    /// <summary>A continuation mark (上接第1版, 下转第4版).</summary>
    Continuation,

    /// <summary>Layout that is not text: an archive's table-of-contents number before a headline.</summary>
    Furniture,
}

/// <summary>What kind of piece an article is.</summary>
internal enum ArticleKind
{
    News,
    Commentary,
}

/// <summary>The kind as the generated API and the JSON spell it.</summary>
internal static class ArticleKinds
{
    public static string Word(this ArticleKind kind) => KindWords.Of(kind);
}
