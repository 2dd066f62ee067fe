using System;
using System.Text.RegularExpressions;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// A page's own number, as the item's Page metadata writes it (4, 04, A04, 四) or as the page furniture prints it: a
/// page label or header (第4版, A04版, 四版, 第四版, 2020年11月10日 星期二 第4版 要闻), an archive stamp (《…》（…第 03 版）),
/// or an e-paper header that opens with its section and page (A3　综合　2023年11月16日). A section letter is kept:
/// A04 and B04 are two pages of one issue, and continuation marks (下转A4版) name pages the same way.
/// </summary>
internal static class PageNumbers
{
    /// <summary>Highest page number read: a daily prints tens of pages, a weekend edition a few hundred.</summary>
    public const int MaxPage = 999;

    /// <summary>How many of a seed's first non-blank lines may hold an e-paper header without 版 (A3　综合).</summary>
    private const int HeaderLines = 3;

    private const string Number = "(?<number>[0-9０-９]{1,3}|[一二三四五六七八九十〇零]{1,4})";

    /// <summary>A page label inside a furniture line; not 上一版/下一版 (page controls) nor a continuation mark (下转第4版, 上接第1版).</summary>
    private static readonly Regex LabelRegex = new(
        "(?<![上下转接至共第0-9０-９A-Za-zＡ-Ｚ一二三四五六七八九十〇零])(?:第\\s*)?(?:(?<section>[A-Za-zＡ-Ｚ])\\s*)?" + Number + "\\s*版",
        RegexOptions.CultureInvariant);

    /// <summary>An e-paper header's opening section and page code (A3, B12, Ａ０４) before a space, on a line that dates the issue.</summary>
    private static readonly Regex SectionCodeRegex = new(
        "^(?<section>[A-Za-zＡ-Ｚ])\\s*(?<number>[0-9０-９]{1,3})[\\s\\u3000].{0,30}?(?:[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月|[0-9]{4}-[0-9]{2}-[0-9]{2}|星期)",
        RegexOptions.CultureInvariant);

    /// <summary>A page as metadata or a continuation mark writes it (4, 04, A04, 第四版), or null when it is none.</summary>
    public static PageLabel? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var value = text.Trim();
        if (value.StartsWith("第", StringComparison.Ordinal))
        {
            value = value.Substring(1);
        }

        if (value.EndsWith("版", StringComparison.Ordinal))
        {
            value = value.Substring(0, value.Length - 1);
        }

        value = value.Trim();
        string? section = null;
        if (value.Length > 0 && IsSectionLetter(value[0]))
        {
            section = Section(value[0]);
            value = value.Substring(1).Trim();
        }

        return Label(section, value);
    }

    /// <summary>The number the page furniture of a seed prints, from its first furniture line that names a page, or null.</summary>
    public static PageLabel? FromFurniture(string text)
    {
        var start = 0;
        var nonBlank = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var from = start;
            start = end + 1;
            if (nonBlank >= HeaderLines && text.IndexOf('版', from, end - from) < 0)
            {
                // Below the header only a line with 版 can name the page; most lines are read no further.
                continue;
            }

            var line = text.Substring(from, end - from).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            nonBlank++;
            if (FromLine(line, nonBlank <= HeaderLines) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>The page a furniture line names, or null (a line that is not furniture names none: 下转第4版 is a mark, not a label).</summary>
    public static PageLabel? FromLine(string line, bool mayBeHeader)
    {
        if (mayBeHeader && SectionCodeRegex.Match(line) is { Success: true } code)
        {
            return Label(code, code.Groups["number"].Value);
        }

        var hasLabel = line.IndexOf('版') >= 0;
        if (!hasLabel || !PageFurniture.IsFurniture(line) || IsContinuationMark(line))
        {
            return null;
        }

        return LabelRegex.Match(line) is { Success: true } label ? Label(label, label.Groups["number"].Value) : null;
    }

    /// <summary>下转第4版 and 上接第1版 name another page, not this one.</summary>
    private static bool IsContinuationMark(string line) => LineShapes.TryContinuedOn(line, out _, out _) || LineShapes.TryContinuedFrom(line, out _, out _);

    private static bool IsSectionLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ';

    private static PageLabel? Label(Match match, string number) =>
        Label(match.Groups["section"] is { Success: true } section ? Section(section.Value[0]) : null, number);

    private static PageLabel? Label(string? section, string number) =>
        ChineseNumber.TryParseSmallInteger(number) is int value && value is >= 1 and <= MaxPage ? new PageLabel(section, value) : null;

    /// <summary>A section letter as one form: upper case, half width (ａ０４ and A04 are one page).</summary>
    private static string Section(char letter) =>
        char.ToUpperInvariant(letter is >= 'Ａ' and <= 'Ｚ' ? (char)(letter - 'Ａ' + 'A') : letter is >= 'ａ' and <= 'ｚ' ? (char)(letter - 'ａ' + 'a') : letter).ToString();
}
