using NewsContent.Cli.Extraction;
using NewsContent.Cli.Html;

namespace NewsContent.Report.Tests.Html;

/// <summary>The report loses no text and nests its highlights properly, on every page of the corpus.</summary>
public sealed class LineMarkupTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        data.Add(TestPaths.DesignSeed);
        data.Add(TestPaths.HostileSeed);
        foreach (var file in Directory.GetFiles(TestPaths.CorpusDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_line_reads_back_exactly_and_every_element_has_one_anchor(string seed)
    {
        var extraction = Extractor.ExtractOne(new SeedFile(seed, Path.GetFileName(seed), "2020-02-18"), ExtractionOptions.Default);
        var view = ReportViewBuilder.Build(extraction, "test");
        var lines = SeedLines.Split(extraction.Text);
        var rendered = view.Blocks.SelectMany(b => b.Lines).ToList();
        Assert.Equal(lines.Select(l => l.Number), rendered.Select(l => l.Number));

        var ids = new List<string>();
        foreach (var (line, range) in rendered.Zip(lines))
        {
            var depth = 0;
            var text = new System.Text.StringBuilder();
            foreach (var token in line.Tokens)
            {
                switch (token.Kind)
                {
                    case TokenView.Open:
                        depth++;
                        if (token.Id is not null)
                        {
                            ids.Add(token.Id);
                        }

                        break;
                    case TokenView.Close:
                        depth--;
                        Assert.True(depth >= 0, "a close without an open on line " + line.Number);
                        break;
                    default:
                        text.Append(token.Value);
                        break;
                }
            }

            Assert.Equal(0, depth);
            Assert.Equal(extraction.Text.Substring(range.Start, range.End - range.Start), text.ToString());
        }

        var page = extraction.Named.Page;
        var expectedIds = Enumerable.Range(0, page.Meetings.Count).Select(Anchors.Meeting)
            .Concat(Enumerable.Range(0, page.People.Count).Select(Anchors.Person))
            .Concat(Enumerable.Range(0, page.Figures.Count).Select(Anchors.Figure))
            .Concat(Enumerable.Range(0, page.Dates.Count).Select(Anchors.Date));
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(page.Articles.Count, view.Blocks.Count(b => b.Kind == "article"));
    }

    [Fact]
    public void Crossing_highlights_are_split_and_the_second_piece_has_no_anchor()
    {
        var text = "甲乙丙丁戊";
        var line = new SeedLineRange(1, 0, text.Length);
        var person = new Mark(0, 3, Mark.PersonLayer, "person", "P1", "People.X", "x");
        var figure = new Mark(2, 5, Mark.ValueLayer, "figure", "F1", "Figures.Y", "y");
        var tokens = LineMarkup.Build(text, line, new[] { person, figure }, new HashSet<Mark>(ReferenceEqualityComparer.Instance));

        var shape = string.Concat(tokens.Select(t => t.Kind switch
        {
            TokenView.Open => "<" + t.Classes + (t.Id is null ? string.Empty : "#" + t.Id) + ">",
            TokenView.Close => "</>",
            _ => t.Value,
        }));
        Assert.Equal("<person#P1>甲乙<figure#F1>丙</></><figure cont>丁戊</>", shape);
    }
}
