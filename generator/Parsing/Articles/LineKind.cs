using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// What one line is, read once: the segmenter looks at each line from up to eight places (as a headline, as the
/// line after a headline, as a closing credit), the builder reads the same answers, and its shapes are a dozen bounded
/// regexes.
/// </summary>
internal readonly struct LineKind
{
    private LineKind(string content)
    {
        // A standing title (天气预报) is a piece's even where a site prints the same word as a widget.
        var label = PieceOpeners.IsPieceLabel(content);
        Furniture = !label && LineShapes.IsFurniture(content);
        Credit = LineShapes.IsCreditLine(content);
        Byline = LineShapes.IsBylineLine(content);
        Signature = AuthorLines.IsNamesLine(content);
        Author = Byline || Signature || AuthorLines.IsAuthorLine(content);
        ContinuedFromLength = LineShapes.TryContinuedFrom(content, out var length, out var fromPage) ? length : 0;
        ContinuedFromPage = fromPage;
        ContinuedFrom = ContinuedFromLength > 0 && length == content.Length;
        PhotoNoteStart = PieceOpeners.PhotoNoteStart(content);
        Opens = PhotoNoteStart >= 0 || label || PieceOpeners.IsArtworkTitle(content) || PieceOpeners.IsFeatureTitle(content);
        Tail = LineTail.Of(content);
        HeadingLike = LineShapes.IsHeadingLike(content) && !Tail.Closes;
        HeadingCandidate = HeadingLike || Byline || Furniture || Credit || ContinuedFrom;
        var signOff = !Furniture && ClosingLines.IsSignOff(content);
        ClosingAside = Credit || Signature || signOff || Bylines.IsNamesOnly(content) || Tail.IsWholeLine;
        Closes = Tail.Closes || Signature || signOff;
    }

    /// <summary>Page or site furniture.</summary>
    public bool Furniture { get; }

    /// <summary>A picture, chart or data credit.</summary>
    public bool Credit { get; }

    /// <summary>A byline or signature alone on its line.</summary>
    public bool Byline { get; }

    /// <summary>A line of nothing but an author (a byline, a bare name, a reporter or a post and a name): under a title, the title is a piece's.</summary>
    public bool Author { get; }

    /// <summary>Short and unfinished: can stand in a headline block.</summary>
    public bool HeadingLike { get; }

    /// <summary>Nothing but a continuation mark (上接第1版).</summary>
    public bool ContinuedFrom { get; }

    /// <summary>How long a continuation mark opening the line is (上接第1版), or 0.</summary>
    public int ContinuedFromLength { get; }

    /// <summary>The page a continuation mark opening the line names, or null.</summary>
    public PageLabel? ContinuedFromPage { get; }

    /// <summary>Where a photo piece's picture note starts in its title (挂起红灯迎新年（图片）), or -1.</summary>
    public int PhotoNoteStart { get; }

    /// <summary>Can stand in a headline block: heading-like, a byline, furniture, a credit or a 上接 mark.</summary>
    public bool HeadingCandidate { get; }

    /// <summary>A credit or signature that closes the article it follows.</summary>
    public bool ClosingAside { get; }

    /// <summary>Nothing but names (王建国, 李春华　张明): an author under a title, a signature after the last sentence.</summary>
    public bool Signature { get; }

    /// <summary>The piece ends with this line: a closing byline, dateline or note, a signature, a sign-off (a date, ———编者).</summary>
    public bool Closes { get; }

    /// <summary>Opens a piece of its own wherever it stands: a photo piece's title, a standing title (图片新闻).</summary>
    public bool Opens { get; }

    /// <summary>What the line's end carries: a continuation mark, a closing byline, dateline or note.</summary>
    public LineTail Tail { get; }

    public static LineKind Of(string content) => new(content);
}
