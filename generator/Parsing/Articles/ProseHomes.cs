using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Every line of prose has a home, so its names and figures are read: only page and site furniture stays outside
/// every article. Three places where the cutting rules leave prose without one, each a rule with an example page.
/// </summary>
internal static class ProseHomes
{
    /// <summary>Longest title a piece at the top of the page may have when it ends in ？ or ！ (a question headline).</summary>
    private const int MaxTopTitleLength = 40;

    /// <summary>The rules, each with an example page (our own writing) a test runs.</summary>
    public static readonly IReadOnlyList<LayoutRule> Rules = new[]
    {
        new LayoutRule("prose after a line that closed its piece (a ＊＊＊ rule, a date, a second credit) is that piece going on",
            "市里推广节水灌溉\n本报讯 今年市里推广节水灌溉，新增面积三万亩。\n＊＊＊\n编后：节水要从每一块田做起，王建国说。\n",
            ExpectedArticles: 1),
        new LayoutRule("lines over the page's first piece that close with a signature, or that hold prose, are a piece of their own",
            "节日莫忘节俭\n春节临近，一些单位又忙着准备年货，花费五万元。\n（南河县干部王建国）\n本报记者李春华\n江城新区十大项目集中开工\n今年新区将完成投资八十亿元。\n",
            ExpectedArticles: 2),
        new LayoutRule("prose over the page's first piece, its title cut off above the page, is a piece of its own",
            "春节将至，记者走访了城里的几家菜市场，菜价平稳。\n摊主们说，今年的蔬菜供应比往年充足。\n全省新建乡村公路一千公里\n新华社南京１月５日电 今年全省新建乡村公路一千公里。\n",
            ExpectedArticles: 2),
        new LayoutRule("a title over the page's first piece (a question headline over its author line) is that piece's headline",
            "山上的果子怎么卖？\n本报记者李春华\n南山村的果农今年收了二十万斤苹果，却愁着卖不出去。\n冬季田间管理有序开展\n本报讯 各地农技人员深入田间地头，指导农民越冬管理。\n",
            ExpectedArticles: 2),
    };

    /// <summary>
    /// A line the piece before can own: anything but furniture and a credit standing alone (本版责任编辑 王建国 under the
    /// last piece is the page's, not the piece's).
    /// </summary>
    public static bool GoesOnBefore(LineKind kind) => !kind.Furniture && !kind.Credit;

    /// <summary>
    /// The prose left above the page's first piece: a piece of its own when it ends with a closing line (a signature) or
    /// holds a line of prose,
    /// else, when it is one title line ending in ？ or ！, the first piece's headline. Lines given a home leave <paramref name="outside"/>.
    /// </summary>
    public static void HomeTheTop(List<ArticleLines> articles, List<SeedLine> outside, IReadOnlyDictionary<int, LineKind> kindAt)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var first = articles[0];
        var start = first.Heading.Count > 0 ? first.Heading[0].Offset : first.Body.Count > 0 ? first.Body[0].Offset : int.MaxValue;
        var top = outside.FindAll(l => l.Offset < start && !kindAt[l.Offset].Furniture);
        if (top.Count == 0)
        {
            return;
        }

        if (top.Count > 1 && (kindAt[top[top.Count - 1].Offset].ClosingAside || top.Exists(l => IsProse(l.Content, kindAt[l.Offset]))))
        {
            var piece = OnePiece(top, kindAt, titled: IsTopTitle(top[0].Content))!;
            articles.Insert(0, piece);
        }
        else if (top.Count == 1 && IsTopTitle(top[0].Content) && Asks(top[0].Content))
        {
            first.Heading.Insert(0, top[0]);
        }
        else
        {
            return;
        }

        var homed = new HashSet<int>();
        foreach (var line in top)
        {
            homed.Add(line.Offset);
        }

        outside.RemoveAll(l => homed.Contains(l.Offset));
    }

    /// <summary>The page's text apart from its furniture as one piece, its first line the title when it can be one; null when only furniture.</summary>
    public static ArticleLines? OnePiece(List<SeedLine> lines, IReadOnlyDictionary<int, LineKind> kindAt, bool? titled = null)
    {
        var text = lines.FindAll(l => !kindAt[l.Offset].Furniture);
        if (text.Count == 0)
        {
            return null;
        }

        var piece = new ArticleLines(kindAt);
        var withTitle = text.Count > 1 && (titled ?? kindAt[text[0].Offset].HeadingLike);
        if (withTitle)
        {
            piece.Heading.Add(text[0]);
        }

        piece.Body.AddRange(withTitle ? text.GetRange(1, text.Count - 1) : text);
        return piece;
    }

    /// <summary>
    /// Ends in ？ or ！: the one reason a title is not read as a headline's line. Any other lone line over the first piece
    /// (a site's window title, a stamp) stays outside.
    /// </summary>
    private static bool Asks(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.EndsWith("？", System.StringComparison.Ordinal) || trimmed.EndsWith("！", System.StringComparison.Ordinal)
            || trimmed.EndsWith("?", System.StringComparison.Ordinal) || trimmed.EndsWith("!", System.StringComparison.Ordinal);
    }

    /// <summary>Fewest hanzi in a line of prose that gives the lines over the first piece a piece of their own.</summary>
    private const int MinProseHanzi = 10;

    /// <summary>A line of running text (a clause or a sentence of ten hanzi or more), not a control, a menu or a title.</summary>
    private static bool IsProse(string line, LineKind kind) =>
        !kind.HeadingCandidate && Hanzi.CountHanzi(line) >= MinProseHanzi && (line.IndexOf('，') >= 0 || line.IndexOf('。') >= 0);

    /// <summary>A headline's shape, a question or an exclamation allowed: short, no full stop, not cut at a comma.</summary>
    private static bool IsTopTitle(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= MaxTopTitleLength && trimmed.IndexOf('。') < 0 && Hanzi.CountHanzi(trimmed) > 0
            && !(trimmed.EndsWith("，") || trimmed.EndsWith("；") || trimmed.EndsWith("：") || trimmed.EndsWith(","));
    }
}

/// <summary>A layout rule: what it says and an example page on which it gives <paramref name="ExpectedArticles"/> articles and leaves no prose outside.</summary>
internal sealed record LayoutRule(string Name, string Example, int ExpectedArticles);
