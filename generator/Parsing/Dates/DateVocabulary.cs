using System.Collections.Generic;
using System.Linq;

namespace NewsContent.Generator.Parsing.Dates;

/// <summary>
/// The words and pattern pieces of dates and times, in one place (Recognizers-Text style: the rules compose them by name,
/// each list says where its words come from). The date resolver, the dateline shape and the meeting rules (a meeting's
/// date, time words cut from a meeting's subject) all read them here: a word added here reaches every rule.
/// </summary>
internal static class DateVocabulary
{
    /// <summary>
    /// Numerals a date is written with, as a regex character class body: ASCII and full-width digits, Chinese digits with
    /// 〇, ○ or 零 for zero, and 十 (二〇二三年六月十四日, 十七日). Source: the language (GB/T 15835, numerals in publications).
    /// </summary>
    public const string DateNumerals = "0-9０-９〇○零一二三四五六七八九十";

    /// <summary>The numerals of a time of day: a date's, and 两 for two (两点). Source: the language.</summary>
    public const string TimeNumerals = DateNumerals + "两";

    /// <summary>年: after a year's number. Source: the language.</summary>
    public const string Year = "年";

    /// <summary>月: after a month's number. Source: the language.</summary>
    public const string Month = "月";

    /// <summary>日: after a day's number, the written form. Source: the language.</summary>
    public const string Day = "日";

    /// <summary>号: after a day's number in speech (6月3号); read only after a month, since alone it numbers things (3号楼). Source: the language.</summary>
    public const string SpokenDay = "号";

    /// <summary>Units of a date or a time of day after its number: year, month, day, hour (时, 点), minute. Source: the language.</summary>
    public static readonly string[] DateTimeUnits = { Year, Month, Day, "时", "点", SpokenDay, "分" };

    /// <summary>
    /// Days named relative to the day of writing, and how many days they lie from it (昨天 is the day before). The
    /// 今 words mean the dispatch's own day. Source: the language.
    /// </summary>
    public static readonly RelativeDay[] RelativeDays =
    {
        new("昨日", -1), new("昨天", -1), new("今日", 0), new("今天", 0), new("前天", -2), new("前日", -2), new("明天", 1), new("明日", 1),
    };

    /// <summary>The relative day words alone, in list order.</summary>
    public static readonly string[] RelativeDayWords = RelativeDays.Select(d => d.Word).ToArray();

    /// <summary>Parts of a day that follow or stand for a date (2月17日上午). Source: the language.</summary>
    public static readonly string[] DayParts = { "上午", "下午", "晚上", "早上", "中午", "凌晨", "傍晚" };

    /// <summary>The thirds of a month (六月中旬). Source: the language.</summary>
    public static readonly string[] MonthParts = { "上旬", "中旬", "下旬" };

    /// <summary>Words for a recent day not named (日前, 近日). Source: the language.</summary>
    public static readonly string[] RecentDays = { "日前", "近日", "近期" };

    /// <summary>Words for the day just told (当天, 同日). Source: the language.</summary>
    public static readonly string[] SameDay = { "当天", "同日" };

    /// <summary>Every time word that is not a number (relative days, parts of a day and month, recent and same day).</summary>
    public static readonly string[] TimeWords = MonthParts.Concat(DayParts).Concat(RelativeDayWords).Concat(RecentDays).Concat(SameDay).ToArray();

    /// <summary>Marks between the two dates of a range (4月14日至16日). Source: the language.</summary>
    public const string RangeMarks = "至到—-－~～";

    /// <summary>A date's or time's number and unit (2月, 17日, 8时), as a regex: a number of at most four numerals (a year).</summary>
    public static readonly string DateOrTimePart = "[" + TimeNumerals + "]{1,4}(?:" + string.Join("|", DateTimeUnits) + ")";

    /// <summary>A month and day as a dateline prints them (2月17日, 17日), as a regex.</summary>
    public const string MonthDay = "(?:[" + DateNumerals + "]{1,3}" + Month + ")?[" + DateNumerals + "]{1,3}" + Day;

    /// <summary>True for a relative day word that means the day of writing (今天, 今日).</summary>
    public static bool IsToday(string word) => RelativeDays.Any(d => d.Shift == 0 && word.StartsWith(d.Word, System.StringComparison.Ordinal));

    /// <summary>The days a relative day word lies from the day of writing.</summary>
    public static int ShiftOf(string word) => RelativeDays.First(d => d.Word == word).Shift;
}

/// <summary>A day named relative to the day of writing (昨天), and how many days it lies from it (-1).</summary>
internal readonly record struct RelativeDay(string Word, int Shift);
