using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>A paragraph line the layout cut: it goes on on the next line.</summary>
internal static class BrokenLines
{
    /// <summary>A paragraph line shorter than this that ends unfinished is a sub-heading, not a line cut by the layout.</summary>
    private const int MinBrokenLineLength = 16;

    /// <summary>Joins a paragraph cut by the layout (a long line ending mid-sentence) with the line after it.</summary>
    public static bool ContinuesOnNextLine(string line) => line.Length >= MinBrokenLineLength && !Hanzi.EndsSentence(line);
}
