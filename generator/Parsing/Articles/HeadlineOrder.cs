using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Puts back in order a headline whose layout lines were emitted out of order on one line
/// (the second and third lines of a three-line headline printed before the first). A reordering is taken only when
/// every join it makes is a character pair the page's own text contains and the printed order makes fewer.
/// </summary>
internal static class HeadlineOrder
{
    private const int MaxSegments = 5;

    public static string Arrange(string headline, string pageText)
    {
        var segments = headline.Split(new[] { ' ', '\u3000' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || segments.Length > MaxSegments)
        {
            return headline;
        }

        var printed = Score(segments, pageText);
        var best = segments;
        var bestScore = printed;
        foreach (var order in Permutations(segments.Length))
        {
            var candidate = new string[segments.Length];
            for (var i = 0; i < order.Length; i++)
            {
                candidate[i] = segments[order[i]];
            }

            var score = Score(candidate, pageText);
            if (score == segments.Length - 1 && score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return ReferenceEquals(best, segments) ? headline : string.Concat(best);
    }

    private static int Score(string[] segments, string pageText)
    {
        var score = 0;
        for (var i = 0; i + 1 < segments.Length; i++)
        {
            var left = segments[i];
            var right = segments[i + 1];
            var join = string.Concat(left.Substring(left.Length - 1), right.Substring(0, 1));
            if (pageText.IndexOf(join, System.StringComparison.Ordinal) >= 0)
            {
                score++;
            }
        }

        return score;
    }

    private static IEnumerable<int[]> Permutations(int n)
    {
        var items = new int[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = i;
        }

        return Permute(items, 0);
    }

    private static IEnumerable<int[]> Permute(int[] items, int k)
    {
        if (k == items.Length)
        {
            yield return (int[])items.Clone();
            yield break;
        }

        for (var i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            foreach (var p in Permute(items, k + 1))
            {
                yield return p;
            }

            (items[k], items[i]) = (items[i], items[k]);
        }
    }
}
