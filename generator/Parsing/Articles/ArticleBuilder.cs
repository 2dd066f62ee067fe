using System;
using System.Collections.Generic;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Dates;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Turns one article's lines into its model: headline block read apart, paragraphs rejoined across layout breaks.</summary>
internal static class ArticleBuilder
{
    /// <summary>Indentation and the marks that open a point or a brief (■ ●): layout, not text.</summary>
    private static readonly char[] ParagraphMarks = (" \t\u3000\u00A0" + LineShapes.PointMarks).ToCharArray();

    private static readonly string[] CommentaryMarks = { "评论员", "社论", "短评", "时评", "评论" };

    public static (ArticleModel Article, ArticleText Text) Build(int number, ArticleLines lines, SeedText seed, DateTime? published)
    {
        var headings = new List<string>();
        var headingTexts = new List<MappedText>();
        var fragments = new List<string>();
        var bylineNames = new List<string>();
        string? byline = null;
        PageLabel? continuedFrom = null;
        PageLabel? continuedOn = null;
        var pieces = new RolePieces();

        foreach (var line in lines.Heading)
        {
            var mapped = Map(line, line.Length);
            var lineKind = lines.KindOf(line);
            var headingRole = headings.Count == 0 ? PieceRole.Headline : PieceRole.Subheading;
            if (lineKind.ContinuedFrom)
            {
                continuedFrom = lineKind.ContinuedFromPage;
                pieces.AddWhole(line, PieceRole.Continuation);
            }
            else if (lineKind.Credit || lineKind.Byline || (lineKind.Author && headings.Count > 0))
            {
                // A bare author line under the title (王建国, 本报驻某国记者李春华) is the byline, not a subheading.
                ReadSignature(line.Content, lineKind.Credit, requireNames: false);
                pieces.AddWhole(line, lineKind.Credit ? PieceRole.Credit : PieceRole.Byline);
            }
            else if (HeadingLines.IsFragment(line.Content))
            {
                fragments.Add(line.Content);
                headingTexts.Add(mapped);
                pieces.AddWhole(line, PieceRole.Fragment);
            }
            else if (LineShapes.TrySpacedSignature(line.Content, out var signatureStart))
            {
                // 回应民众的期盼 敏 凯: a commentary's pen name set beside its headline.
                var (signature, names) = Bylines.Read(line.Content.Substring(signatureStart));
                byline ??= signature;
                bylineNames.AddRange(names);
                headings.Add(line.Content.Substring(0, signatureStart).TrimEnd());
                headingTexts.Add(Map(line, headings[headings.Count - 1].Length));
                AddHeading(pieces, line, signatureStart, headingRole);
                pieces.Add(line, signatureStart, line.Length, PieceRole.Byline);
            }
            else
            {
                // 挂起红灯迎新年（图片）: the picture note marks a photo piece; it is not part of the headline.
                var end = lineKind.PhotoNoteStart > 0 ? line.Content.Substring(0, lineKind.PhotoNoteStart).TrimEnd().Length : line.Length;
                headings.Add(line.Content.Substring(0, end));
                headingTexts.Add(end == line.Length ? mapped : Map(line, end));
                AddHeading(pieces, line, end, headingRole);
                pieces.Add(line, end, line.Length, PieceRole.Credit);
            }
        }

        // A credit names people but is not the byline; a byline line in the body must name someone, so a short
        // paragraph line that opens with 记者 (记者从…获悉) stays a paragraph.
        bool ReadSignature(string content, bool credit, bool requireNames)
        {
            var (signature, names) = Bylines.Read(content);
            if (requireNames && names.Count == 0 && !signature.Contains("评论员"))
            {
                return false;
            }

            if (!credit)
            {
                byline ??= signature;
            }

            bylineNames.AddRange(names);
            return true;
        }

        var paragraphs = new List<MappedText>();
        var summaryPoints = new List<bool>();
        var paragraphStarts = new List<(SeedLine Line, int At)>();
        MappedText? current = null;
        string? previous = null;
        string? closingDateline = null;
        string? closingDate = null;
        foreach (var line in lines.Body)
        {
            var content = line.Content;
            var lineKind = lines.KindOf(line);
            if ((lineKind.Credit || lineKind.Byline || lineKind.Signature) && ReadSignature(content, lineKind.Credit, requireNames: true))
            {
                pieces.AddWhole(line, lineKind.Credit ? PieceRole.Credit : PieceRole.Byline);
                previous = null;
                continue;
            }

            var start = 0;
            if (paragraphs.Count == 0 && current is null && lineKind.ContinuedFromLength > 0)
            {
                continuedFrom = lineKind.ContinuedFromPage;
                start = lineKind.ContinuedFromLength;
            }

            // The line's end was read once, where the page was cut: a continuation mark, closing bylines, datelines and notes.
            var tail = lineKind.Tail;
            var end = System.Math.Max(start, tail.TextEnd);
            continuedOn = tail.ContinuedOn ? tail.ContinuedOnPage : continuedOn;
            if (tail.BylineInner is not null)
            {
                var (signature, names) = Bylines.Read(tail.BylineInner);
                byline ??= signature;
                bylineNames.AddRange(names);
            }

            closingDateline ??= tail.Dateline;
            closingDate ??= tail.DatelineDate;
            pieces.Add(line, 0, start, PieceRole.Continuation);
            pieces.Add(line, start, end, PieceRole.Body);
            foreach (var closing in tail.Parts)
            {
                if (closing.Role == PieceRole.Credit)
                {
                    // A closing picture credit （本报记者 王建国摄） names a person without being the byline.
                    bylineNames.AddRange(Bylines.Read(content.Substring(closing.Start, closing.End - closing.Start)).Names);
                }

                pieces.Add(line, System.Math.Max(closing.Start, end), closing.End, closing.Role);
            }
            var part = content.Substring(start, end - start).TrimEnd();
            var leading = part.Length - part.TrimStart(ParagraphMarks).Length;
            var boxed = LineShapes.IsPoint(part.TrimStart());
            part = part.TrimStart(ParagraphMarks);
            if (part.Length == 0)
            {
                previous = null;
                continue;
            }

            if (current is null || previous is null || !BrokenLines.ContinuesOnNextLine(previous))
            {
                current = new MappedText();
                paragraphs.Add(current);
                summaryPoints.Add(boxed);
                paragraphStarts.Add((line, start + leading));
            }

            current.Append(line, start + leading, part.Length);
            previous = content.Substring(0, end).TrimEnd();
        }

        string? dateline = null;
        string? datelineDate = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            if (LineShapes.TryDateline(paragraph.Text, out var token, out var printedDate))
            {
                dateline = token;
                datelineDate = printedDate;
                pieces.MarkDateline(paragraphStarts[p].Line, paragraphStarts[p].At, token.Length);
                var reporters = Bylines.ReadAfterDateline(paragraph.Text, paragraph.Text.IndexOf(token, StringComparison.Ordinal) + token.Length);
                byline ??= reporters.Count > 0 ? string.Join("、", reporters) : null;
                bylineNames.AddRange(reporters);
            }

            // Only a summary box (■ points) may stand before the lead.
            if (dateline is not null || !summaryPoints[p])
            {
                break;
            }
        }

        if (dateline is null && closingDateline is not null)
        {
            // A wire piece that prints its dateline at its end （新华社北京1月13日电）.
            dateline = closingDateline;
            datelineDate = closingDate;
        }

        var pageText = seed.Text;
        var headline = headings.Count > 0 ? HeadlineOrder.Arrange(HeadingLines.WithoutEnumerator(headings[0]), pageText) : string.Empty;
        var subheadings = headings.Count > 1 ? headings.GetRange(1, headings.Count - 1) : new List<string>();
        var kind = IsCommentary(byline, headline) ? ArticleKind.Commentary : ArticleKind.News;
        var first = lines.Heading.Count > 0 ? lines.Heading[0] : lines.Body[0];
        var lastLine = lines.Body.Count > 0 ? lines.Body[lines.Body.Count - 1] : first;
        var source = seed.Span(first.Offset, lastLine.End - first.Offset);

        var paragraphStrings = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            paragraphStrings.Add(paragraph.Text);
        }

        var article = new ArticleModel(number, headline, subheadings.ToEquatableArray(), fragments.ToEquatableArray(), dateline,
            datelineDate is null ? null : DateResolver.Resolve(datelineDate, published), byline, continuedOn?.Number, continuedFrom?.Number,
            paragraphStrings.ToEquatableArray(), kind, source, pieces.ToPieces().ToEquatableArray())
        {
            ContinuedOnSection = continuedOn?.Section,
            ContinuedFromSection = continuedFrom?.Section,
        };
        return (article, new ArticleText(number, headingTexts, paragraphs, bylineNames));
    }

    /// <summary>The first <paramref name="end"/> characters of a heading line; the headline's table-of-contents number is layout.</summary>
    private static void AddHeading(RolePieces pieces, SeedLine line, int end, PieceRole role)
    {
        var number = role == PieceRole.Headline ? HeadingLines.EnumeratorLength(line.Content.Substring(0, end)) : 0;
        pieces.Add(line, 0, number, PieceRole.Furniture);
        pieces.Add(line, number, end, role);
    }

    private static bool IsCommentary(string? byline, string headline)
    {
        foreach (var mark in CommentaryMarks)
        {
            if ((byline is not null && byline.Contains(mark)) || headline.StartsWith(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first <paramref name="length"/> characters of a line, each at its seed offset.</summary>
    private static MappedText Map(SeedLine line, int length)
    {
        var mapped = new MappedText();
        mapped.Append(line, 0, length);
        return mapped;
    }
}
