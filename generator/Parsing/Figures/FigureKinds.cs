using System;
using System.Collections.Generic;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>Where a figure stands: its text, its span, its unit without multiplier, and the short names quoted on its page.</summary>
internal readonly record struct FigurePlace(string Text, int Start, int End, string BaseUnit, IReadOnlyCollection<string> PageNames);

/// <summary>
/// One reason a number with a unit is part of a name, not an amount: a name, an example text in which its first figure
/// is read as a name by this rule, and the test. Tests run every example (FigureRuleExamplesTests).
/// </summary>
internal sealed record InNameRule(string Name, string Example, Func<FigurePlace, bool> Applies);

/// <summary>
/// Whether a figure is an amount or a number inside a name (六项承诺, 《两年攻坚方案》, “三张清单”, 便民12条). The genre names
/// policies, plans and slogans by a count (a set of eight rules, a three-year plan); such a count says what the thing is
/// called, not how much of anything the text reports.
/// </summary>
internal static class FigureKinds
{
    /// <summary>A quoted slogan or a short title is a name; a longer quote is speech, whose numbers are amounts.</summary>
    private const int MaxQuotedName = 12;

    /// <summary>How far back and ahead an enclosing title's marks are looked for.</summary>
    private const int MaxTitle = 40;

    /// <summary>How many characters of a name may stand between a figure and the 精神 said of it (六项承诺精神).</summary>
    private const int MaxBeforeSpirit = 4;

    public static readonly IReadOnlyList<InNameRule> All = new[]
    {
        // 《两年攻坚方案》, 《关于落实六项承诺的报告》: a document's title names it; its numbers are part of the name.
        new InNameRule("inside a title", "学习《五年规划纲要》", p => Enclosed(p.Text, p.Start, p.End, TitleOpeners, TitleClosers, MaxTitle)),

        // “三张清单”, “两个中心”, “便民12条”: a short quote is a slogan or a name.
        new InNameRule("inside a short quoted name", "做好“三篇文章”", p => Enclosed(p.Text, p.Start, p.End, QuoteOpeners, QuoteClosers, MaxQuotedName)),

        // 五年规划, 两年行动方案: a plan named by the span it covers.
        new InNameRule("plan named by its span", "推进五年行动计划落实", p => p.BaseUnit == "年" && PlanHeads.StartsAt(p.Text, p.End)),

        // 六项承诺精神: only a name has a 精神 (spirit) that is carried out.
        new InNameRule("name whose spirit is carried out", "贯彻六项规定精神", p => SpiritFollows(p.Text, p.End)),

        // “便民12条” quoted once, then 落实便民12条: a name stays a name where the page repeats it without quotes.
        new InNameRule("name quoted elsewhere on the page", "出台“便民12条”。落实便民12条等措施", p => RepeatsAName(p)),
    };

    /// <summary>The kind of the figure at this place: <see cref="FigureKind.InName"/> when any rule applies.</summary>
    public static FigureKind Of(FigurePlace place)
    {
        foreach (var rule in All)
        {
            if (rule.Applies(place))
            {
                return FigureKind.InName;
            }
        }

        return FigureKind.Quantity;
    }

    /// <summary>The short quoted names and titles of a text that hold a numeral (便民12条, 两年行动方案).</summary>
    public static void CollectNames(string text, ICollection<string> names)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var closers = QuoteOpeners.IndexOf(text[i]) >= 0 ? QuoteClosers : TitleOpeners.IndexOf(text[i]) >= 0 ? TitleClosers : null;
            if (closers is null)
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= MaxQuotedName && closers.IndexOf(text[end]) < 0)
            {
                end++;
            }

            if (end < text.Length && end - i <= MaxQuotedName && closers.IndexOf(text[end]) >= 0 && HasNumeral(text, i + 1, end))
            {
                names.Add(text.Substring(i + 1, end - i - 1));
            }
        }
    }

    private static bool HasNumeral(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (NumberScanner.IsNumberStart(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an opener stands before the span and a closer after it, no closer or opener between, within a bound.</summary>
    private static bool Enclosed(string text, int start, int end, string openers, string closers, int bound)
    {
        var open = start - 1;
        while (open >= 0 && start - open <= bound && openers.IndexOf(text[open]) < 0)
        {
            if (closers.IndexOf(text[open]) >= 0)
            {
                return false;
            }

            open--;
        }

        if (open < 0 || start - open > bound)
        {
            return false;
        }

        var close = end;
        while (close < text.Length && close - open <= bound && closers.IndexOf(text[close]) < 0)
        {
            if (openers.IndexOf(text[close]) >= 0)
            {
                return false;
            }

            close++;
        }

        return close < text.Length && close - open <= bound;
    }

    private static bool SpiritFollows(string text, int end)
    {
        for (var i = end; i < text.Length && i - end <= MaxBeforeSpirit && Hanzi.IsHanzi(text[i]); i++)
        {
            if (string.CompareOrdinal(text, i, Spirit, 0, Spirit.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool RepeatsAName(FigurePlace place)
    {
        var figure = place.Text.Substring(place.Start, place.End - place.Start);
        foreach (var name in place.PageNames)
        {
            for (var at = name.IndexOf(figure, StringComparison.Ordinal); at >= 0; at = name.IndexOf(figure, at + 1, StringComparison.Ordinal))
            {
                var from = place.Start - at;
                if (from >= 0 && from + name.Length <= place.Text.Length && string.CompareOrdinal(place.Text, from, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
