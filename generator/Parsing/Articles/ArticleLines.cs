using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>The lines of one article: its headline block and its body, in seed order, with what the segmenter read each line as.</summary>
internal sealed class ArticleLines
{
    private readonly IReadOnlyDictionary<int, LineKind> kinds;

    /// <param name="kinds">The kind of every line of the page, by its seed offset.</param>
    public ArticleLines(IReadOnlyDictionary<int, LineKind> kinds) => this.kinds = kinds;

    public List<SeedLine> Heading { get; } = new();

    public List<SeedLine> Body { get; } = new();

    /// <summary>What the segmenter read the line as: lines are classified once, where the page is cut into articles.</summary>
    public LineKind KindOf(SeedLine line) => kinds[line.Offset];

    /// <summary>A new article over the same page.</summary>
    public ArticleLines Sibling() => new(kinds);
}
