using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// Lines that belong to the page or the site, not to an article: page headers and stamps (第1版, 《人民日报》
/// （2024年06月12日第 03 版）), publication and crawl stamps, meta lines (作者: 日期: 浏览量:), navigation,
/// menus and page controls (放大 缩小 默认). They are reported as text outside articles, never dropped.
/// Every pattern is bounded so matching stays linear in the line's length.
/// </summary>
internal static class PageFurniture
{
    private const int MaxFurnitureLength = 200;

    private const string PageNumber = "[0-9０-９一二三四五六七八九十A-Za-z]{1,3}";

    private static readonly Regex LeadingLabelRegex = new(
        "^[【\\[]?\\s*(?:" + LayoutVocabulary.Alternation(LayoutVocabulary.LeadingLabels) + ")(?:\\s|[:：|｜>»/】\\]]|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex PageLabelRegex = new(
        "^(?:第\\s*" + PageNumber + "\\s*版|" + PageNumber + "版)(?:\\s|[:：|｜>»/（(]|$)",
        RegexOptions.CultureInvariant);

    /// <summary>《人民日报》（2024年06月12日第 03 版）: the stamp a paper's archive prints under each article.</summary>
    private static readonly Regex PageStampRegex = new(
        "《[^《》\\r\\n]{1,16}》\\s*[（(][^（）()\\r\\n]{0,30}第\\s*" + PageNumber + "\\s*版\\s*[）)]",
        RegexOptions.CultureInvariant);

    /// <summary>1953年4月2日人民日报 第2版, 第3版:要闻 2021-09-14: a page header naming the paper or date and the page.</summary>
    private static readonly Regex PageHeaderRegex = new(
        "^[^。！？!?]{0,30}?(?:报|刊|[0-9０-９]日|[0-9]{2})\\s*[（(]?\\s*(?:第\\s*)?" + PageNumber + "\\s*版",
        RegexOptions.CultureInvariant);

    private static readonly Regex CrawlStampRegex = new(
        "^[\\[【(（]?\\s*\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*(?:星期|周)[一二三四五六日天])?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*[\\]】)）]?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex MetaLabelRegex = new(
        "(?:日期|时间|来源|作者|编辑|浏览量|浏览次数|阅读次数|阅读|点击数|点击|字号|语音阅读)\\s*[:：]",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> ControlWords = new(StringComparer.Ordinal)
    {
        "放大", "缩小", "默认", "打印", "关闭", "返回", "顶部", "返回顶部", "收藏", "分享", "字号", "大", "中", "小", "上一篇", "下一篇",
        "上一版", "下一版", "上一期", "下一期", "上一主题", "下一主题", "上一页", "下一页", "版面导航", "标题导航", "PDF", "pdf", "打印本页", "关闭窗口", "【打印", "【关闭", "打印】", "关闭】",
    };

    private static readonly char[] TokenSeparators = { ' ', '\u3000', '\t', '|', '｜', '【', '】', '[', ']' };

    /// <summary>True when the whole line is page or site furniture.</summary>
    public static bool IsFurniture(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxFurnitureLength)
        {
            return false;
        }

        var stamp = TrailingStampStart(trimmed);
        if (stamp > 0)
        {
            // 本报记者 张三《人民日报》（…第 04 版）: the stamp is furniture, the line is what comes before it.
            return IsFurniture(trimmed.Substring(0, stamp));
        }

        if (IsSymbolsOnly(trimmed) || IsLabelledMeta(trimmed) || PageLabelRegex.IsMatch(trimmed) || CrawlStampRegex.IsMatch(trimmed)
            || IsWholeStamp(trimmed) || IsPageHeader(trimmed) || IsGreeting(trimmed) || IsIssueLabel(trimmed) || IsCommentWidget(trimmed))
        {
            return true;
        }

        return !HasSentence(trimmed) && (MetaLabelRegex.Matches(trimmed).Count >= 2 || IsNavigation(trimmed) || IsMenu(trimmed));
    }

    /// <summary>
    /// 来源：新华网, 时间：2021-05-06 (a site's meta line), never a sentence: 时间：１月６日，美国东部时间２１时２８分。 is a
    /// piece's own line (the time and place of the event it reports).
    /// </summary>
    private static bool IsLabelledMeta(string line) => LeadingLabelRegex.IsMatch(line) && line.IndexOf('。') < 0;

    /// <summary>The line without a trailing archive stamp (《人民日报》（2024年06月12日第 03 版）).</summary>
    public static string WithoutPageStamp(string line)
    {
        var stamp = TrailingStampStart(line);
        return stamp > 0 ? line.Substring(0, stamp) : line;
    }

    /// <summary>Where a page stamp (《人民日报》（…第 01 版）) trailing other text starts, or -1.</summary>
    public static int TrailingStampStart(string line)
    {
        var match = PageStampRegex.Match(line);
        while (match.Success)
        {
            if (line.Substring(match.Index + match.Length).Trim().Length == 0)
            {
                return match.Index;
            }

            match = match.NextMatch();
        }

        return -1;
    }

    /// <summary>Stray markup and rules (}, ————, ***): no letter, digit or hanzi at all.</summary>
    private static bool IsSymbolsOnly(string line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWholeStamp(string line) => TrailingStampStart(line) == 0;

    private static bool IsPageHeader(string line) =>
        line.Length <= 60 && !HasSentence(line) && line.IndexOf("转", StringComparison.Ordinal) < 0
        && line.IndexOf("接", StringComparison.Ordinal) < 0 && PageHeaderRegex.IsMatch(line);

    /// <summary>1886 期 / 第2版:2: issue and page numbers with hardly a word.</summary>
    private static bool IsIssueLabel(string line) =>
        line.Length <= 30 && Hanzi.CountHanzi(line) <= 4 && IssueLabelRegex.IsMatch(line);

    private static readonly Regex IssueLabelRegex = new(
        "(?:第\\s*" + PageNumber + "\\s*版|[0-9０-９]\\s*期)", RegexOptions.CultureInvariant);

    /// <summary>共有 0 位网友发表了评论, 匿名发表 提交 (a comment box, short), Copyright © … ICP备 (a site footer): no sentence.</summary>
    private static bool IsCommentWidget(string line) =>
        line.IndexOf('。') < 0 && ((line.Length <= MaxWidgetLength && Words.ContainsAny(line, LayoutVocabulary.CommentWidgets))
        || Words.ContainsAny(line, LayoutVocabulary.FooterMarks));

    /// <summary>Longest comment-box line: a headline may say 发表评论 too, at greater length.</summary>
    private const int MaxWidgetLength = 16;

    private static bool IsGreeting(string line) =>
        line.Length <= 24 && (line.Contains("欢迎您") || line.Contains("欢迎你") || line.Contains("欢迎光临") || line.Contains("欢迎访问"));

    private static bool HasSentence(string line) => line.IndexOf('。') >= 0 || line.IndexOf('，') >= 0 && line.Length > 40;

    /// <summary>Breadcrumbs: several short items joined by &gt; | » separators.</summary>
    private static bool IsNavigation(string line)
    {
        var separators = 0;
        foreach (var c in line)
        {
            if (c is '>' or '＞' or '»' or '|' or '｜')
            {
                separators++;
            }
        }

        return separators >= 2 && line.IndexOf('，') < 0;
    }

    /// <summary>
    /// Menus and page controls: items that are all control words (放大 缩小 默认), items sharing a prefix or
    /// suffix (今日城区 今日东城 今日西城), or a ticker of four or more unrelated headlines on one line.
    /// </summary>
    private static bool IsMenu(string line)
    {
        var tokens = line.Split(TokenSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            return false;
        }

        var allControls = true;
        foreach (var token in tokens)
        {
            allControls &= ControlWords.Contains(token);
        }

        if (allControls)
        {
            return true;
        }

        if (tokens.Length >= 3 && (SharedAffix(tokens, prefix: true) >= 2 || SharedAffix(tokens, prefix: false) >= 2))
        {
            return true;
        }

        if (tokens.Length < 4)
        {
            return false;
        }

        int shortest = int.MaxValue, longest = 0;
        foreach (var token in tokens)
        {
            var hanzi = Hanzi.CountHanzi(token);
            if (hanzi < 2)
            {
                return false;
            }

            shortest = Math.Min(shortest, token.Length);
            longest = Math.Max(longest, token.Length);
        }

        if (MostlyNames(tokens))
        {
            // 王建国　李春华　赵明　孙立新等出席: a deck naming who attended, its items names, not a ticker of headlines.
            return false;
        }

        // Parallel slogans (稳增长 促改革 调结构 惠民生) have items of one length; a ticker's items differ.
        return longest - shortest >= 4;
    }

    /// <summary>Three items or more, and half the items or more, as short as a name (two or three hanzi): a ticker's items are headlines, longer.</summary>
    private static bool MostlyNames(string[] tokens)
    {
        var shortItems = 0;
        foreach (var token in tokens)
        {
            shortItems += token.Length <= MaxNameLength && Hanzi.CountHanzi(token) == token.Length ? 1 : 0;
        }

        return shortItems >= MinNames && shortItems * 2 >= tokens.Length;
    }

    /// <summary>Fewest names that make a line of items a deck of names (a date, a weekday and a section are not).</summary>
    private const int MinNames = 3;

    /// <summary>Longest item read as a name in a line of items (a Chinese name is two or three characters).</summary>
    private const int MaxNameLength = 3;

    private static int SharedAffix(string[] tokens, bool prefix)
    {
        var length = 0;
        while (true)
        {
            var next = length + 1;
            if (next > tokens[0].Length)
            {
                return length;
            }

            var c = prefix ? tokens[0][next - 1] : tokens[0][tokens[0].Length - next];
            foreach (var token in tokens)
            {
                // The shared part must leave something of every item, or the items are just repeated words.
                if (token.Length <= next || (prefix ? token[next - 1] : token[token.Length - next]) != c)
                {
                    return length;
                }
            }

            length = next;
        }
    }
}
