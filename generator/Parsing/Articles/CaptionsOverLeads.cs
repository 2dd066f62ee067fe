using System.Text.RegularExpressions;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// A news photo printed with its report: the headline, the photo's caption closed by its credit, then the report's
/// dateline lead (市长调研春耕生产（附图片１张） / 图为市长王建国在田间察看麦苗。（本报记者李春华摄） / 本报讯 …). The
/// credit closes the caption, not the piece: the dateline under it is the same piece's lead, not a headless piece of its
/// own. The headline says so: （附图片１张） is a report with a picture attached, where （图片） titles a photo piece, which
/// its credit closes (the dateline under it is the next piece's).
/// </summary>
internal static class CaptionsOverLeads
{
    /// <summary>Most lines of text a caption runs to before its credit.</summary>
    private const int MaxCaptionLines = 2;

    /// <summary>（附图片１张）, （附照片２张）: a picture attached to a report, in its headline block.</summary>
    private static readonly Regex AttachedPictureRegex = new("[（(]\\s*附(?:图片|照片)[0-9０-９一二三四五六七八九十]{0,2}张?\\s*[）)]", RegexOptions.CultureInvariant);

    /// <summary>The rule, with an example page (our own writing) a test runs.</summary>
    public static readonly LayoutRule Rule = new(
        "a dateline under a photo's caption and credit is the lead of the piece the photo heads",
        "市长调研春耕生产（附图片１张）\n图为市长王建国在田间察看麦苗长势。\n（本报记者李春华摄）\n本报讯 市长王建国昨天到城郊调研春耕生产，要求抓好农资供应。\n",
        ExpectedArticles: 1);

    /// <summary>
    /// The piece a picture credit just closed is only a headline block and a caption: the dateline at the next line is
    /// its lead. A piece whose text ran past a caption, or that a signature or a closing dateline closed, is done.
    /// </summary>
    public static bool TakesTheLead(ArticleLines signedOff, string closingLine)
    {
        if (signedOff.Heading.Count == 0 || AfterSignOff.SignedByAuthor(closingLine) || !LineTail.Of(closingLine).Closes
            || !signedOff.Heading.Exists(line => AttachedPictureRegex.IsMatch(line.Content)))
        {
            return false;
        }

        var text = 0;
        foreach (var line in signedOff.Body)
        {
            if (LineShapes.TryDateline(line.Content, out _, out _))
            {
                return false;
            }

            text += signedOff.KindOf(line).ClosingAside ? 0 : 1;
        }

        return text <= MaxCaptionLines;
    }
}
