namespace NewsContent.Generator.Parsing.Articles;

/// <summary>What a line of a headline block carries besides its words: an archive's table-of-contents number, a deck piece the layout cut.</summary>
internal static class HeadingLines
{
    /// <summary>1. 小北河公社…: an archive's table-of-contents number is not part of the headline.</summary>
    public static string WithoutEnumerator(string line) => line.Substring(EnumeratorLength(line));

    /// <summary>How many characters of the line a table-of-contents number takes (0 when none, or when it is all the line).</summary>
    public static int EnumeratorLength(string line)
    {
        var match = EnumeratorRegex.Match(line);
        return match.Success && match.Length < line.Length ? match.Length : 0;
    }

    private static readonly System.Text.RegularExpressions.Regex EnumeratorRegex = new(
        "^\\s*[0-9０-９]{1,2}[.．、]\\s+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A deck piece cut by the layout: its title marks do not balance (清单》和…).</summary>
    public static bool IsFragment(string line)
    {
        var depth = 0;
        foreach (var c in line)
        {
            if (c == '《')
            {
                depth++;
            }
            else if (c == '》' && --depth < 0)
            {
                return true;
            }
        }

        return depth != 0;
    }
}
