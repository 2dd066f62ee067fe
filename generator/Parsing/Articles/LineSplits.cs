using System;
using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Lines cut into several where a rule finds two lines printed as one.</summary>
internal static class LineSplits
{
    /// <summary>
    /// Each line replaced by the lines <paramref name="split"/> cuts it into (null keeps it whole). The list itself comes
    /// back when no line is cut, so the common page allocates nothing.
    /// </summary>
    public static IReadOnlyList<SeedLine> Each(IReadOnlyList<SeedLine> lines, Func<SeedLine, int, IEnumerable<SeedLine>?> split)
    {
        List<SeedLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var parts = split(lines[i], i);
            if (parts is null)
            {
                result?.Add(lines[i]);
                continue;
            }

            result ??= new List<SeedLine>(lines.Take(i));
            result.AddRange(parts);
        }

        return result ?? lines;
    }
}
