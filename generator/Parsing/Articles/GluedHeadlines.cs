using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>A headline an e-paper dump glued to its lead with a run of spaces, cut apart again.</summary>
internal static class GluedHeadlines
{
    /// <summary>
    /// E-paper dumps glue a headline to its lead with a run of spaces (前三季度外贸总值1204.6亿元   本报讯(记者 …)近日，…):
    /// such a line is two lines, the headline and the lead.
    /// </summary>
    public static IReadOnlyList<SeedLine> Split(IReadOnlyList<SeedLine> lines) => LineSplits.Each(lines, (line, index) =>
    {
        var match = GluedHeadlineRegex.Match(line.Content);
        if (!match.Success)
        {
            return null;
        }

        var head = match.Groups["head"].Value;
        var rest = match.Groups["rest"];
        return LineShapes.IsHeadingLike(head) && !LineShapes.IsFurniture(head)
            && (Hanzi.EndsSentence(rest.Value) || LineShapes.TryDateline(rest.Value, out _, out _))
            ? new[] { line.Slice(0, head.Length), line.Slice(rest.Index, rest.Value.Length) }
            : null;
    });

    private static readonly System.Text.RegularExpressions.Regex GluedHeadlineRegex = new(
        "^(?<head>[^\\s。！？；，,]{2,30})[ \\u3000]{3,}(?<rest>\\S.{19,})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);
}
