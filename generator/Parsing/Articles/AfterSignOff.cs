namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// What follows a piece a closing line ended, when the next line has no headline of its own. A box of briefs prints
/// one short item after another, each signed by its author, none titled: after an author's signature
/// (…送到了山区的妇女。（王建国）) or a closing dateline the next paragraph is the next item. A picture credit
/// (（李春华摄）) or a date closes a caption or a letter inside a piece that goes on: the paragraph after it is the
/// same piece's. Either way the paragraph belongs to an article, never to the text outside them.
/// </summary>
internal static class AfterSignOff
{
    /// <summary>Prose that can go on after a close (not furniture, not a line of a headline block, not another credit).</summary>
    public static bool Continues(LineKind kind) => !kind.Furniture && !kind.HeadingCandidate && !kind.ClosingAside && !kind.ContinuedFrom;

    /// <summary>
    /// The closing line signs the text with its author, its source or its dateline, not with a picture credit:
    /// "…开馆。（李春华）", "…开馆。（均据新华社）" or "…开馆。（新华社北京1月3日电）" yes; "…开馆。（李春华摄）" and
    /// "二〇二六年一月" no.
    /// </summary>
    public static bool SignedByAuthor(string closingLine)
    {
        var tail = LineTail.Of(closingLine);
        var signed = tail.BylineInner is not null || tail.Dateline is not null;
        foreach (var part in tail.Parts)
        {
            if (part.Role == Model.PieceRole.Credit)
            {
                if (LineShapes.IsCreditLine(closingLine.Substring(part.Start, part.End - part.Start)))
                {
                    return false;
                }

                signed = true;
            }
        }

        return signed;
    }
}
