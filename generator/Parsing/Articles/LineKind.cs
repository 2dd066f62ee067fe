namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// What one line is, read once: the segmenter looks at each line from up to eight places (as a headline, as the
/// line after a headline, as a closing credit), and its shapes are a dozen bounded regexes.
/// </summary>
internal readonly struct LineKind
{
    private LineKind(string content)
    {
        Furniture = LineShapes.IsFurniture(content);
        Credit = LineShapes.IsCreditLine(content);
        Byline = LineShapes.IsBylineLine(content);
        HeadingLike = LineShapes.IsHeadingLike(content);
        ContinuedFrom = LineShapes.TryContinuedFrom(content, out var length, out _) && length == content.Length;
        HeadingCandidate = HeadingLike || Byline || Furniture || Credit || ContinuedFrom;
        ClosingAside = Credit || Bylines.IsNamesOnly(content)
            || (LineShapes.TryTrailingByline(content, out var start, out _) && content.Substring(0, start).Trim().Length == 0);
    }

    /// <summary>Page or site furniture.</summary>
    public bool Furniture { get; }

    /// <summary>A picture, chart or data credit.</summary>
    public bool Credit { get; }

    /// <summary>A byline or signature alone on its line.</summary>
    public bool Byline { get; }

    /// <summary>Short and unfinished: can stand in a headline block.</summary>
    public bool HeadingLike { get; }

    /// <summary>Nothing but a continuation mark (上接第1版).</summary>
    public bool ContinuedFrom { get; }

    /// <summary>Can stand in a headline block: heading-like, a byline, furniture, a credit or a 上接 mark.</summary>
    public bool HeadingCandidate { get; }

    /// <summary>A credit or signature that closes the article it follows.</summary>
    public bool ClosingAside { get; }

    public static LineKind Of(string content) => new(content);
}
