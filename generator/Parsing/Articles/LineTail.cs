using System.Collections.Generic;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// What a line's end carries after its text, read once from the right: a continuation mark (下转第4版), then closing
/// bylines (张三), closing datelines （新华社北京1月13日电） and closing notes （新华社发美联社照片）, in any order and
/// number. The segmenter closes the piece on it; the builder gives each part its role from it.
/// </summary>
internal readonly struct LineTail
{
    /// <summary>More closing parts than a line carries (a byline, a dateline, a note and a picture note).</summary>
    private const int MaxParts = 4;

    private LineTail(int textEnd, PageLabel? continuedOn, IReadOnlyList<Part> parts, string? byline, string? dateline, string? datelineDate, bool wholeLine)
    {
        TextEnd = textEnd;
        ContinuedOnPage = continuedOn;
        Parts = parts;
        BylineInner = byline;
        Dateline = dateline;
        DatelineDate = datelineDate;
        IsWholeLine = wholeLine;
    }

    /// <summary>Where the line's own text ends (the line's length when its end carries nothing).</summary>
    public int TextEnd { get; }

    /// <summary>The page a continuation mark at the end sends the reader to, or null (no mark, or no page read).</summary>
    public PageLabel? ContinuedOnPage { get; }

    /// <summary>A continuation mark ends the line.</summary>
    public bool ContinuedOn => Parts.Count > 0 && Parts[Parts.Count - 1].Role == PieceRole.Continuation;

    /// <summary>The parts after the text, left to right, each with its role.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>The names of a closing byline, or null.</summary>
    public string? BylineInner { get; }

    /// <summary>A closing dateline (新华社北京1月13日电), or null.</summary>
    public string? Dateline { get; }

    /// <summary>The date a closing dateline prints (1月13日), or null.</summary>
    public string? DatelineDate { get; }

    /// <summary>The end closes the piece with a byline, dateline or note (a continuation mark does not: the piece goes on elsewhere).</summary>
    public bool Closes => BylineInner is not null || Dateline is not null || HasNote;

    /// <summary>Nothing but closing parts on the line.</summary>
    public bool IsWholeLine { get; }

    private bool HasNote
    {
        get
        {
            foreach (var part in Parts)
            {
                if (part.Role == PieceRole.Credit)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static LineTail Of(string content)
    {
        var parts = new List<Part>();
        var end = content.Length;
        PageLabel? continuedOn = null;
        if (LineShapes.TryContinuedOn(content, out var markStart, out var page))
        {
            parts.Add(new Part(markStart, end, PieceRole.Continuation));
            continuedOn = page;
            end = markStart;
        }

        string? byline = null;
        string? dateline = null;
        string? datelineDate = null;
        for (var n = 0; n < MaxParts && end > 0; n++)
        {
            var text = content.Substring(0, end);
            int start;
            if (ClosingLines.TryClosingDateline(text, out start, out var token, out var date))
            {
                datelineDate = dateline is null ? date : datelineDate;
                dateline ??= token;
                parts.Insert(0, new Part(start, end, PieceRole.Dateline));
            }
            else if ((start = PictureCreditStart(text)) >= 0)
            {
                // （本报记者 王建国摄）: a photographer's credit names a person but is not the byline.
                parts.Insert(0, new Part(start, end, PieceRole.Credit));
            }
            else if (LineShapes.TryTrailingByline(text, out start, out var inner))
            {
                byline ??= inner;
                parts.Insert(0, new Part(start, end, PieceRole.Byline));
            }
            else if ((start = ClosingLines.ClosingNoteStart(text)) >= 0)
            {
                parts.Insert(0, new Part(start, end, PieceRole.Credit));
            }
            else
            {
                break;
            }

            end = start;
        }

        var whole = (byline is not null || dateline is not null || parts.Exists(p => p.Role == PieceRole.Credit)) && content.Substring(0, end).Trim().Length == 0;
        return new LineTail(end, continuedOn, parts, byline, dateline, datelineDate, whole);
    }

    /// <summary>Where a bracketed picture credit closing the text starts, or -1.</summary>
    private static int PictureCreditStart(string text)
    {
        var open = System.Math.Max(text.LastIndexOf('（'), text.LastIndexOf('('));
        return open >= 0 && ClosingLines.ClosingNoteStart(text) == open && LineShapes.IsCreditLine(text.Substring(open)) ? open : -1;
    }

    /// <summary>Characters <see cref="Start"/> to <see cref="End"/> of the line play <see cref="Role"/>.</summary>
    internal readonly record struct Part(int Start, int End, PieceRole Role);
}
