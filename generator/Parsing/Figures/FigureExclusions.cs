using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// One reason a number with a unit is not a figure: a name, an example sentence in which it is the only reading of a
/// number, and the test. Tests run every example (FigureRuleExamplesTests).
/// </summary>
internal sealed record FigureExclusion(string Name, string Example, Func<FigureCandidate, bool> Excludes);

/// <summary>The conventions of the genre (and of the gold) by which a number with a unit is still not a figure.</summary>
internal static class FigureExclusions
{
    /// <summary>Years are four digits; a smaller number of 年 is a duration (30年).</summary>
    private const decimal FirstYear = 1000;

    /// <summary>A single written-out digit before 成 is a share (三成); 十 before it (十成, 十分) is a word.</summary>
    private const decimal LargestShare = 9;

    /// <summary>
    /// 3至14天, 一万到二万五千斤: the ends of a range are not amounts of their own; a range <see cref="FigureRanges"/> reads is one
    /// figure, and this keeps an end that it could not join (1998至2000年: the upper end is a year) from standing alone.
    /// </summary>
    private static readonly FigureExclusion RangeEnds = new("end of a range", "从1998至2000年", c => IsRangeStart(c) || IsRangeEnd(c.Text, c.Start));

    public static readonly IReadOnlyList<FigureExclusion> All = new[]
    {
        // 一 before a classifier is the indefinite article (一场, 一次大战), not a count; 一倍, 一成 are amounts.
        new FigureExclusion("indefinite 一", "开了一场会", c => !c.Arabic && c.NumberText == "一" && c.Multiplier.Length == 0 && Array.IndexOf(UnitsCountedByOne, c.Unit) < 0),

        // 零部件, 零距离: 零 alone is a word, not a count of nothing.
        new FigureExclusion("零 alone", "零部件供应充足", c => !c.Arabic && c.NumberText.Length == 1 && Zeros.IndexOf(c.NumberText[0]) >= 0),

        // 七八千元, 四五百人, 两三个: two neighbouring digits make a rough range, not an amount.
        new FigureExclusion("rough range", "每亩增收七八千元", c => !c.Arabic && c.NumberText.Length >= 2 && IsRoughRange(c.NumberText[0], c.NumberText[1])
            && (c.NumberText.Length == 2 || ChineseNumber.SmallUnit(c.NumberText[2]) > 0)),

        // 十五六岁, 二十三四个: neighbouring last digits after 十 make a rough range too.
        new FigureExclusion("rough range after ten", "他十五六岁参了军", c => !c.Arabic && EndsInRoughRangeAfterTen(c.NumberText)),

        // 八一队, 五一路, 三八节, 三五成群: two written-out digits with no 十 name a day (八一 is 1 August) or are a loose range;
        // an amount written out says 八十一.
        new FigureExclusion("two bare written-out digits", "八一队主场获胜", c => !c.Arabic && c.NumberText.Length == 2 && c.Multiplier.Length == 0
            && ChineseNumber.IsChineseDigit(c.NumberText[0]) && ChineseNumber.IsChineseDigit(c.NumberText[1]) && Zeros.IndexOf(c.NumberText[1]) < 0),

        // 数十名, 数百人: vague.
        new FigureExclusion("vague 数", "数十名学员参加培训", c => IsVagueAfter(c, Several)),

        // 几十年, 几百万: as vague as 数十.
        new FigureExclusion("vague 几", "几十年来村里变化很大", c => IsVagueAfter(c, Few)),

        RangeEnds,

        // 两位数增长: digits of a number.
        new FigureExclusion("digits of a number", "进口保持两位数增长", c => c.Unit == "位" && c.End < c.Text.Length && c.Text[c.End] == Several),

        // 十三届四次会议, 五届九次全会: a session's ordinal, not a count of times.
        new FigureExclusion("session ordinal", "县委五届九次全会闭幕", c => c.Unit == "次" && (PrecededBy(c.Text, c.Start, Session) || MeetingWords.StartsAt(c.Text, c.End))),

        // A four-digit year (2019年, 二〇二〇年) is a date, not a duration.
        // 三千多年, 1300多年 are spans: a qualifier or a number written with 千/百 is not a year's digits.
        new FigureExclusion("year", "2019年春天", c => c.Unit == "年" && c.Multiplier.Length == 0 && c.Value >= FirstYear && c.Qualifier is null && !HasSmallUnit(c.NumberText)),

        // 十分重要 (very), 两点意见, 六盘水: 分, 点 and 盘 count only after digits.
        new FigureExclusion("digits-only unit after words", "这件事十分重要", c => !c.Arabic && Array.IndexOf(DigitsOnlyUnits, c.Unit) >= 0),

        // 上午10点, 8时30分, 10点钟: a clock time, not a score or an index.
        new FigureExclusion("clock time", "会议上午10点开始", c => (c.Unit == "点" || c.Unit == "分" || c.Unit == "秒") && IsClockTime(c)),

        // 十分 (very), 十足 ... are words, and 成 alone is rarely a share unless written with digits or a qualifier.
        new FigureExclusion("十成 as a word", "他十成把握", c => c.Unit == "成" && !c.Arabic && c.Start > 0 && FigureReader.LeadingQualifier(c.Text, c.Start) is null
            && c.NumberText.Length == 1 && c.Value > LargestShare),

        // 八十年代, 90年代: a decade names a period; the 年 there is not a span of years.
        new FigureExclusion("decade", "上世纪八十年代的老厂房", c => c.Unit == "年" && c.End < c.Text.Length && c.Text[c.End] == Decade),

        // 十字路口, 四周, 四处, 两头, 三轮车: dictionary words that begin with a numeral and a measure word.
        new FigureExclusion("word made with a numeral", "十字路口的信号灯换了新的", c => NumeralWords.MatchAt(c.Text, c.Start) is { } word && word.Length >= c.End - c.Start),

        // 大陆人, 陆路, 队伍: a financial numeral alone is a word, not a digit.
        new FigureExclusion("financial numeral alone", "大陆人都知道这件事", c => c.NumberText.Length == 1 && FinancialDigitWords.IndexOf(c.NumberText[0]) >= 0),

        // 这一成果, 统一成: 一 after a demonstrative or inside a word is not a count, even before a unit 一 may count.
        new FigureExclusion("demonstrative 一", "这一成果来之不易", c => c.NumberText == "一" && c.Start > 0 && NotCountingOneBefore.IndexOf(c.Text[c.Start - 1]) >= 0),

        // 二期工程, 三期项目: the phase's ordinal.
        new FigureExclusion("phase ordinal", "二期工程明年开工", c => c.Unit == "期" && PhaseHeads.StartsAt(c.Text, c.End)),

        // 五花八门, 四面八方, 约法三章: a numeral inside an idiom.
        new FigureExclusion("inside an idiom", "货品五花八门", c => InsideIdiom(c)),

        // 举一反三对照检查, 成千上万本图书: an idiom that ends on the numeral, with a measure word after it.
        new FigureExclusion("numeral closing an idiom", "成千上万本图书", c => ClosesIdiom(c)),

        // 六里屯, 十里堡: a village named by a distance.
        new FigureExclusion("place name", "家住六里屯", c => c.End < c.Text.Length && PlaceNameEndings.IndexOf(c.Text[c.End]) >= 0),

        // 两部分, 五部门, 三年级: the unit's character opens a longer word.
        new FigureExclusion("unit opening a word", "报告分成两部分", c => WordsOpenedByAUnit.StartsAt(c.Text, c.End - 1) && c.Unit.Length == 1),

        // 5月3号, 一月五号: the day of a month, a date.
        new FigureExclusion("day of a month", "5月3号开学", c => c.Unit == "号" && c.Start > 0 && c.Text[c.Start - 1] == Month),
    };

    /// <summary>True when no exclusion applies.</summary>
    public static bool IsFigure(FigureCandidate candidate) => IsFigure(candidate, inRange: false);

    /// <summary>True when no exclusion but the one of range ends applies: an end that a range joins is read with it.</summary>
    public static bool IsFigureInRange(FigureCandidate candidate) => IsFigure(candidate, inRange: true);

    private static bool IsFigure(FigureCandidate candidate, bool inRange)
    {
        foreach (var exclusion in All)
        {
            if (!(inRange && ReferenceEquals(exclusion, RangeEnds)) && exclusion.Excludes(candidate))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>数十名, 几百万, and a bare magnitude after them too (数万名, 几亿): the mark stands for the leading digit.</summary>
    private static bool IsVagueAfter(FigureCandidate c, char mark) =>
        c.Start > 0 && c.Text[c.Start - 1] == mark && c.NumberText.Length > 0 && (ChineseNumber.SmallUnit(c.NumberText[0]) > 0 || MeasureWords.IsMultiplier(c.NumberText[0]));

    private static bool InsideIdiom(FigureCandidate c) => IdiomEndAround(c) >= c.End;

    /// <summary>An idiom begun before the number ends inside the number or its measure word (举一反三对, 成千上万本).</summary>
    private static bool ClosesIdiom(FigureCandidate c) => IdiomEndAround(c) is var end && end > c.Start && end < c.End;

    /// <summary>The end of the idiom that holds the number's first character, or -1.</summary>
    private static int IdiomEndAround(FigureCandidate c)
    {
        for (var from = Math.Max(0, c.Start - LongestNumeralIdiom + 1); from <= c.Start; from++)
        {
            if (NumeralIdioms.MatchAt(c.Text, from) is { } idiom && from + idiom.Length > c.Start)
            {
                return from + idiom.Length;
            }
        }

        return -1;
    }

    private static bool EndsInRoughRangeAfterTen(string number) =>
        number.Length >= 3 && ChineseNumber.SmallUnit(number[number.Length - 3]) > 0 && IsRoughRange(number[number.Length - 2], number[number.Length - 1]);

    private static bool IsRoughRange(char a, char b)
    {
        var x = a == '两' ? 2 : ChineseNumber.DigitValue(a);
        var y = ChineseNumber.DigitValue(b);
        return x >= 1 && y == x + 1 && ChineseNumber.IsChineseDigit(b);
    }

    private static bool IsRangeStart(FigureCandidate c) =>
        c.Unit == c.Multiplier && c.End + 1 < c.Text.Length && RangeMarks.IndexOf(c.Text[c.End]) >= 0 && NumberScanner.IsNumberStart(c.Text[c.End + 1]);

    private static bool IsRangeEnd(string text, int start) =>
        start >= 2 && RangeMarks.IndexOf(text[start - 1]) >= 0 && (Hanzi.IsDigit(text[start - 2]) || ChineseNumber.IsChineseDigit(text[start - 2]));

    private static bool HasSmallUnit(string number)
    {
        foreach (var c in number)
        {
            if (ChineseNumber.SmallUnit(c) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A time of day: right after a day part or an hour (上午10点, 8时30分), or a 点 followed by 钟/半/整 or by minutes
    /// (8点30分). A number with a decimal point (7965.04点) is never a clock time.
    /// </summary>
    private static bool IsClockTime(FigureCandidate c)
    {
        foreach (var ch in c.NumberText)
        {
            if (ChineseNumber.IsDecimalPoint(ch))
            {
                return false;
            }
        }

        return DayParts.EndsAt(c.Text, c.Start)
            || (c.Unit == "点" && c.End < c.Text.Length && (AfterClockPoint.IndexOf(c.Text[c.End]) >= 0 || Hanzi.IsDigit(c.Text[c.End])));
    }

    private static bool PrecededBy(string text, int start, string word) =>
        start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0;
}
