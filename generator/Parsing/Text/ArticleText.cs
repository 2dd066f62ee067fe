using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>The readable text of one article, as the extractors see it: headline lines, then paragraphs.</summary>
internal sealed class ArticleText
{
    public ArticleText(int number, IReadOnlyList<MappedText> headings, IReadOnlyList<MappedText> paragraphs, IReadOnlyList<string> bylineNames)
    {
        Number = number;
        Headings = headings;
        Paragraphs = paragraphs;
        BylineNames = bylineNames;
    }

    public int Number { get; }

    public IReadOnlyList<MappedText> Headings { get; }

    public IReadOnlyList<MappedText> Paragraphs { get; }

    public IReadOnlyList<string> BylineNames { get; }

    public IEnumerable<MappedText> All
    {
        get
        {
            foreach (var heading in Headings)
            {
                yield return heading;
            }

            foreach (var paragraph in Paragraphs)
            {
                yield return paragraph;
            }
        }
    }
}
