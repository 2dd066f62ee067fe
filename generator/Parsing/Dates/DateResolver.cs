using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Dates;

/// <summary>A date expression found in text, with its resolution.</summary>
internal readonly record struct FoundDate(int Start, int Length, string Text, string? Resolved, bool NeedsPublicationDate);

/// <summary>
/// Resolves the genre's date expressions (2020年2月17日, 2月17日, 17日, 昨日, 昨天, 今天, 前天) against the
/// publication date. Without one, a relative date stays partial: --MM-dd, or null, and the caller reports it.
/// </summary>
internal static class DateResolver
{
    private const string Num = "[" + DateVocabulary.DateNumerals + "]";

    private const string YearPart = "(?:(?<y>" + Num + "{4})" + DateVocabulary.Year + ")?";

    /// <summary>2020年2月17日, 2月17日, 17日; 6月3号 (the spoken day only after a month); 昨天 and the other relative days.</summary>
    private static readonly Regex DateRegex = new(
        YearPart + "(?:(?<m>" + Num + "{1,3})" + DateVocabulary.Month + ")?(?<d>" + Num + "{1,3})" + DateVocabulary.Day +
        "|" + YearPart + "(?<m>" + Num + "{1,3})" + DateVocabulary.Month + "(?<d>" + Num + "{1,3})" + DateVocabulary.SpokenDay +
        "|(?<rel>" + string.Join("|", DateVocabulary.RelativeDayWords) + ")",
        RegexOptions.CultureInvariant);

    public static bool TryParsePublishedOn(string? text, out DateTime date) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static List<FoundDate> Find(string text, DateTime? published)
    {
        var found = new List<FoundDate>();

        // Every date the pattern knows ends in 日, 号 or 天; its optional leading groups make the regex try a
        // match at every numeral of the text, so a text without any of them is not searched at all.
        if (text.IndexOf('日') < 0 && text.IndexOf('天') < 0 && text.IndexOf('号') < 0)
        {
            return found;
        }

        foreach (Match match in DateRegex.Matches(text))
        {
            if (match.Index > 0 && text[match.Index - 1] == '第')
            {
                continue;
            }

            var resolved = Resolve(match, published, out var relative);
            found.Add(new FoundDate(match.Index, match.Length, match.Value, resolved, relative && published is null));
        }

        return found;
    }

    /// <summary>Resolves a date as printed (2月17日); null when it is not one.</summary>
    public static string? Resolve(string text, DateTime? published)
    {
        var match = DateRegex.Match(text);
        return match.Success ? Resolve(match, published, out _) : null;
    }

    private static string? Resolve(Match match, DateTime? published, out bool relative)
    {
        relative = true;
        var rel = match.Groups["rel"];
        if (rel.Success)
        {
            var shift = DateVocabulary.ShiftOf(rel.Value);
            return published is { } p ? Iso(p.AddDays(shift)) : null;
        }

        var day = Number(match.Groups["d"].Value);
        var month = match.Groups["m"].Success ? Number(match.Groups["m"].Value) : (published?.Month ?? 0);
        int? year = match.Groups["y"].Success ? Number(match.Groups["y"].Value) : published?.Year;
        relative = !match.Groups["y"].Success;
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return null;
        }

        if (year is null)
        {
            return match.Groups["m"].Success ? string.Format(CultureInfo.InvariantCulture, "--{0:00}-{1:00}", month, day) : null;
        }

        if (!match.Groups["y"].Success && published is { } pub && !match.Groups["m"].Success && day > pub.Day)
        {
            // 28日 printed on the 3rd means last month's 28th.
            var previous = new DateTime(pub.Year, pub.Month, 1).AddMonths(-1);
            year = previous.Year;
            month = previous.Month;
        }

        if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year.Value, month))
        {
            return null;
        }

        return Iso(new DateTime(year.Value, month, day));
    }

    private static int Number(string text) => ChineseNumber.TryParse(text, out var value) && value < 10000 ? (int)value : 0;

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
