using System.Collections.Generic;
using System.Linq;
using NewsContent.Cli.Extraction;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Cli.Html;

/// <summary>Lays an extraction out for the report: the seed line by line in article blocks, the highlights, the diagnostics beside their lines, and the element tables.</summary>
internal static class ReportViewBuilder
{
    // Block owners that are not an article index: blank lines between articles, and text no article owns.
    private const int NoBlock = -3;
    private const int Gap = -2;
    private const int Outside = -1;

    public static ReportView Build(SeedExtraction extraction, string toolVersion)
    {
        var page = extraction.Named.Page;
        var text = extraction.Text;
        var lines = SeedLines.Split(text);
        var view = new ReportView
        {
            SeedPath = page.RelativePath,
            PublishedOn = page.PublishedOn ?? string.Empty,
            IdentifierStyle = extraction.Options.Style.ToString(),
            Namespace = extraction.Options.Namespace,
            SeedClass = extraction.Named.SeedClass,
            ToolVersion = toolVersion,
        };

        AddDiagnostics(view, extraction);
        AddBlocks(view, extraction, lines);
        AddRows(view, extraction);
        return view;
    }

    private static void AddDiagnostics(ReportView view, SeedExtraction extraction)
    {
        for (var i = 0; i < extraction.Issues.Count; i++)
        {
            var issue = extraction.Issues[i];
            var diagnostic = new DiagnosticView
            {
                Anchor = Anchors.Diagnostic(i),
                Id = issue.Id,
                Severity = issue.Severity,
                Message = issue.Message,
                Line = issue.Span.Line,
                Column = issue.Span.Column,
                LineAnchor = Anchors.Line(issue.Span.Line),
                WholeFile = issue.WholeFile,
            };
            view.Diagnostics.Add(diagnostic);
            if (issue.WholeFile)
            {
                view.FileDiagnostics.Add(diagnostic);
            }
        }
    }

    private static void AddBlocks(ReportView view, SeedExtraction extraction, List<SeedLineRange> lines)
    {
        var page = extraction.Named.Page;
        var owners = LineOwners(page, extraction.Text, lines);
        var marks = MarkCollector.Collect(extraction);
        var opened = new HashSet<Mark>(ReferenceEqualityComparer.Instance);
        var started = new HashSet<int>();
        var onLine = view.Diagnostics.Where(d => !d.WholeFile).ToLookup(d => d.Line);
        BlockView? block = null;
        var blockOwner = NoBlock;
        for (var i = 0; i < lines.Count; i++)
        {
            var blank = IsBlank(extraction.Text, lines[i]);
            var owner = owners[i] ?? (blank ? Gap : Outside);
            if (block is null || owner != blockOwner)
            {
                block = NewBlock(extraction, owner, started);
                blockOwner = owner;
                view.Blocks.Add(block);
            }

            var line = new LineView
            {
                Number = lines[i].Number,
                Blank = blank,
                Anchor = Anchors.Line(lines[i].Number),
                Tokens = LineMarkup.Build(extraction.Text, lines[i], marks, opened),
            };
            line.Diagnostics.AddRange(onLine[lines[i].Number]);
            block.Lines.Add(line);
        }

        // A diagnostic past the last line (an empty seed) still shows: beside the last line.
        var last = view.Blocks.LastOrDefault()?.Lines.LastOrDefault();
        if (last is not null)
        {
            last.Diagnostics.AddRange(view.Diagnostics.Where(d => !d.WholeFile && d.Line > last.Number));
        }
    }

    private static BlockView NewBlock(SeedExtraction extraction, int owner, HashSet<int> started)
    {
        if (owner < 0)
        {
            return new BlockView { Kind = owner == Gap ? "gap" : "outside" };
        }

        var index = owner;
        var article = extraction.Named.Page.Articles[index];
        var member = MemberNames.Article(extraction, index);
        var first = started.Add(index);
        return new BlockView
        {
            Kind = first ? "article" : "article-cont",
            Id = first ? Anchors.Article(index) : null,
            Member = member,
            ArticleAnchor = Anchors.Article(index),
            Label = article.Kind.Word(),
        };
    }

    /// <summary>
    /// The article each line belongs to: the one owning a piece on it. A blank line between two lines of the same
    /// article stays in it, so an article reads as one block.
    /// </summary>
    private static int?[] LineOwners(PageModel page, string text, List<SeedLineRange> lines)
    {
        var owners = new int?[lines.Count];
        for (var a = 0; a < page.Articles.Count; a++)
        {
            foreach (var piece in page.Articles[a].Pieces)
            {
                owners[SeedLines.IndexOf(lines, piece.Offset)] ??= a;
            }
        }

        int? previous = null;
        for (var i = 0; i < owners.Length; i++)
        {
            if (owners[i] is not null)
            {
                previous = owners[i];
                continue;
            }

            var next = i + 1;
            while (next < owners.Length && owners[next] is null && IsBlank(text, lines[next]))
            {
                next++;
            }

            if (IsBlank(text, lines[i]) && previous is not null && next < owners.Length && owners[next] == previous)
            {
                owners[i] = previous;
            }
            else
            {
                previous = null;
            }
        }

        return owners;
    }

    private static bool IsBlank(string text, SeedLineRange line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (!SeedText.IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddRows(ReportView view, SeedExtraction extraction)
    {
        var page = extraction.Named.Page;
        for (var i = 0; i < page.Articles.Count; i++)
        {
            var a = page.Articles[i];
            var headline = a.Headline.Length > 0 ? a.Headline : a.Paragraphs.Count > 0 ? Shorten(a.Paragraphs[0]) : string.Empty;
            view.Articles.Add(new ArticleRow(Anchors.Article(i), MemberNames.Article(extraction, i), headline, a.Kind.Word(), a.Dateline ?? string.Empty,
                a.Byline ?? string.Empty, a.Source.Line, Anchors.Line(a.Source.Line)));
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            view.Meetings.Add(new MeetingRow(Anchors.Meeting(i), MemberNames.Meeting(extraction, i), m.Name, m.Date ?? string.Empty, string.Join("、", m.Chairs),
                string.Join("、", m.Attendees), Anchors.Article(m.ArticleNumber - 1), m.Source.Line, Anchors.Line(m.Source.Line)));
        }

        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            view.Figures.Add(new FigureRow(Anchors.Figure(i), MemberNames.Figure(extraction, i) ?? MarkCollector.InName, f.Text, f.Value, f.Unit, f.Counts, f.Source.Line, Anchors.Line(f.Source.Line)));
        }

        for (var i = 0; i < page.People.Count; i++)
        {
            var p = page.People[i];
            view.People.Add(new PersonRow(Anchors.Person(i), MemberNames.Person(extraction, p.Name) ?? string.Empty, p.Name, string.Join("、", p.Titles),
                p.Source.Line, Anchors.Line(p.Source.Line)));
        }

        for (var i = 0; i < page.Dates.Count; i++)
        {
            var d = page.Dates[i];
            view.Dates.Add(new DateRow(Anchors.Date(i), d.Text, d.Resolved ?? string.Empty, d.Source.Line, Anchors.Line(d.Source.Line)));
        }
    }

    private static string Shorten(string text) => text.Length > 30 ? text.Substring(0, 30) + "…" : text;
}
