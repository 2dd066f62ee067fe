using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>The lines of one article: its headline block and its body, in seed order.</summary>
internal sealed class ArticleLines
{
    public List<SeedLine> Heading { get; } = new();

    public List<SeedLine> Body { get; } = new();
}
