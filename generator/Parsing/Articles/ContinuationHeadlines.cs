using System;
using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Whether the part of an article printed on an inner page (上接第1版) carries the headline of the part it continues.
/// The genre repeats the headline over the continued part, whole or shortened: words dropped from it (市政府召开第42次
/// 常务会议 over 市政府常务会议), a deck line or a kicker standing in for it. So the likeness of two headlines is the share
/// of the shorter one's character pairs (letters, digits, hanzi; punctuation and spaces skipped) that the longer one
/// holds: 1 for a cut-down form, 0 for two unrelated headlines.
/// </summary>
internal static class ContinuationHeadlines
{
    /// <summary>Least likeness that makes a continued part the one a 下转 mark points to when several parts on the page continue from its page.</summary>
    public const double MinLikeness = 0.5;

    /// <summary>The rule, with an example a test runs (both headlines our own writing).</summary>
    public static readonly ContinuationRule ShortenedHeadline = new(
        "a continued part's headline is its article's headline, whole or with words left out",
        "市委常委会召开会议研究冬春农田水利建设", "研究冬春农田水利建设");

    /// <summary>How alike two headlines are, from 0 (no character pair in common) to 1 (the shorter's pairs all in the longer).</summary>
    public static double Likeness(string first, string second)
    {
        var a = Pairs(first);
        var b = Pairs(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = 0;
        foreach (var pair in shorter)
        {
            if (longer.Contains(pair))
            {
                common++;
            }
        }

        return (double)common / shorter.Count;
    }

    private static HashSet<string> Pairs(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var previous = '\0';
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            if (previous != '\0')
            {
                pairs.Add(new string(new[] { previous, c }));
            }

            previous = c;
        }

        return pairs;
    }
}

/// <summary>A matching rule of continued parts, named, with two headlines it must find alike.</summary>
internal sealed record ContinuationRule(string Name, string Headline, string ContinuedHeadline)
{
    public bool Applies => ContinuationHeadlines.Likeness(Headline, ContinuedHeadline) >= ContinuationHeadlines.MinLikeness;
}
