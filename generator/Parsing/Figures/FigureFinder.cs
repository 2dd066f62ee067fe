using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>A figure found in a run of text, located by its index in that text.</summary>
internal readonly record struct FoundFigure(
    int Start, int Length, string Text, decimal Value, string Unit, decimal NormalizedValue, string BaseUnit, string? Qualifier, string Counts);

/// <summary>
/// Finds numbers with a unit or percent in running text. One left-to-right pass; each position is
/// looked at a bounded number of times, so the cost is linear in the text.
/// </summary>
internal static class FigureFinder
{
    private const string PercentPrefix = "百分之";
    private static readonly string[] LeadingQualifiers = { "将近", "大约", "超过", "近", "约", "超", "逾", "达" };
    private static readonly string[] CountsStopWords = { "已有", "共有", "达到", "合计", "共计", "累计", "超过", "约为", "分别", "有", "达", "为", "是", "共", "约", "近", "超", "逾" };

    public static List<FoundFigure> Find(string text)
    {
        var found = new List<FoundFigure>();
        var i = 0;
        while (i < text.Length)
        {
            var end = TryRead(text, i, out var figure);
            if (end > i)
            {
                found.Add(figure);
                i = end;
            }
            else
            {
                i = SkipToken(text, i);
            }
        }

        return found;
    }

    /// <summary>Skips a whole digit run, so a number is never read from its middle (the 34 of 1234).</summary>
    private static int SkipToken(string text, int i)
    {
        var j = i + 1;
        if (IsNumeral(text[i]))
        {
            while (j < text.Length && (IsNumeral(text[j]) || ChineseNumber.IsDecimalPoint(text[j]) || char.IsLetter(text[j]) && text[j] < 128))
            {
                j++;
            }
        }

        return j;
    }

    private static readonly string[] MeetingWords = { "会议", "全会", "全体", "常委", "会", "主席", "委员长", "代表大会", "党代会", "理事会" };

    private static bool IsNumeral(char c) => Hanzi.IsDigit(c) || ChineseNumber.IsChineseDigit(c) || ChineseNumber.SmallUnit(c) > 0 || MeasureWords.IsMultiplier(c);

    private static bool IsNumberStart(char c) => Hanzi.IsDigit(c) || ChineseNumber.IsChineseDigit(c) || c == '十';

    private static int TryRead(string text, int start, out FoundFigure figure)
    {
        figure = default;
        var percent = string.CompareOrdinal(text, start, PercentPrefix, 0, PercentPrefix.Length) == 0;
        var numberStart = percent ? start + PercentPrefix.Length : start;
        if (numberStart >= text.Length || !IsNumberStart(text[numberStart]))
        {
            return start;
        }

        if (start > 0 && (text[start - 1] == '第' || (char.IsLetterOrDigit(text[start - 1]) && text[start - 1] < 128) || Hanzi.IsDigit(text[start - 1])))
        {
            return start;
        }

        var arabic = Hanzi.IsDigit(text[numberStart]);
        var k = arabic ? ScanArabic(text, numberStart) : ScanChinese(text, numberStart);
        var numberText = text.Substring(numberStart, k - numberStart);

        var multiplier = string.Empty;
        if (arabic)
        {
            var m = k;
            while (m < text.Length && (MeasureWords.IsMultiplier(text[m]) || (m == k && text[m] == '千' && m + 1 < text.Length && MeasureWords.MatchUnit(text, m + 1) is "瓦" or "瓦时" or "克" or "米" or "元")))
            {
                m++;
            }

            multiplier = text.Substring(k, m - k);
            k = m;
        }
        else
        {
            var cut = numberText.Length;
            while (cut > 1 && MeasureWords.IsMultiplier(numberText[cut - 1]))
            {
                cut--;
            }

            multiplier = numberText.Substring(cut);
            numberText = numberText.Substring(0, cut);
        }

        var digitsOnly = numberText.Replace("、", string.Empty);
        if (!ChineseNumber.TryParse(digitsOnly, out var value))
        {
            return start;
        }

        string? qualifier = null;
        var unitStart = k;
        if (k < text.Length && text[k] is '多' or '余' || (k < text.Length && text[k] == '来' && !arabic && k + 1 < text.Length && MeasureWords.MatchUnit(text, k + 1) is not null))
        {
            qualifier = text[k].ToString();
            unitStart = k + 1;

            // 三十多万亩: the multiplier comes after the qualifier.
            while (unitStart < text.Length && MeasureWords.IsMultiplier(text[unitStart]))
            {
                multiplier += text[unitStart];
                unitStart++;
            }
        }

        string unit;
        int end;
        if (percent)
        {
            unit = "%";
            end = k;
        }
        else
        {
            var word = MeasureWords.MatchUnit(text, unitStart);
            if (word is null)
            {
                if (multiplier.Length == 0)
                {
                    return start;
                }

                unit = multiplier;
                end = unitStart;
            }
            else
            {
                unit = multiplier + word;
                end = unitStart + word.Length;
            }
        }

        if (!IsFigure(text, start, end, numberText, arabic, multiplier, unit, value))
        {
            return start;
        }

        var baseUnit = unit.TrimStart('万', '亿', '萬', '億');
        if (baseUnit.Length == 0)
        {
            baseUnit = string.Empty;
        }

        var normalized = value * MeasureWords.MultiplierValue(unit);
        qualifier ??= LeadingQualifier(text, start);
        figure = new FoundFigure(start, end - start, text.Substring(start, end - start), value, unit, normalized, baseUnit, qualifier, Counts(text, start, end));
        return end;
    }

    private static bool IsFigure(string text, int start, int end, string numberText, bool arabic, string multiplier, string unit, decimal value)
    {
        // 一 before a classifier is the indefinite article (一场, 一次大战), not a count; 一倍, 一成 are amounts.
        if (!arabic && numberText == "一" && multiplier.Length == 0 && unit is not ("%" or "倍" or "成"))
        {
            return false;
        }

        // 零部件, 零距离: 零 alone is a word, not a count of nothing.
        if (!arabic && numberText is "零" or "〇" or "○")
        {
            return false;
        }

        // 七八千元, 四五百人, 两三个: two neighbouring digits make a rough range, not an amount.
        if (!arabic && numberText.Length >= 2 && IsRoughRange(numberText[0], numberText[1])
            && (numberText.Length == 2 || ChineseNumber.SmallUnit(numberText[2]) > 0))
        {
            return false;
        }

        // 数十名, 数百人: vague.
        if (start > 0 && text[start - 1] == '数' && numberText.Length > 0 && ChineseNumber.SmallUnit(numberText[0]) > 0)
        {
            return false;
        }

        // 3至14天, 一万到二万五千斤: the ends of a range are not amounts of their own.
        if (IsRangeStart(text, end, unit, multiplier) || IsRangeEnd(text, start))
        {
            return false;
        }

        // 两位数增长: digits of a number.
        if (unit == "位" && end < text.Length && text[end] == '数')
        {
            return false;
        }

        // 十三届四次会议, 五届九次全会, 第二次: a session's ordinal, not a count of times.
        if (unit == "次" && (PrecededBy(text, start, "届") || FollowedByMeeting(text, end)))
        {
            return false;
        }

        // A four-digit year (2019年, 二〇二〇年) is a date, not a duration.
        if (unit == "年" && multiplier.Length == 0 && value >= 1000)
        {
            return false;
        }

        // 十分 (very), 十足 ... are words, and 成 alone is rarely a share unless written with digits or a qualifier.
        if (unit == "成" && !arabic && start > 0 && LeadingQualifier(text, start) is null && numberText.Length == 1 && value > 9)
        {
            return false;
        }

        return true;
    }

    private static bool IsRoughRange(char a, char b)
    {
        var x = a == '两' ? 2 : ChineseNumber.DigitValue(a);
        var y = ChineseNumber.DigitValue(b);
        return x >= 1 && y == x + 1 && ChineseNumber.IsChineseDigit(b);
    }

    private static bool IsRangeStart(string text, int end, string unit, string multiplier) =>
        unit == multiplier && end + 1 < text.Length && text[end] is '到' or '至' or '—' or '-' or '～' or '~' && IsNumberStart(text[end + 1]);

    private static bool IsRangeEnd(string text, int start) =>
        start >= 2 && text[start - 1] is '到' or '至' or '—' or '-' or '～' or '~' && (Hanzi.IsDigit(text[start - 2]) || ChineseNumber.IsChineseDigit(text[start - 2]));

    private static bool PrecededBy(string text, int start, string word) =>
        start >= word.Length && string.CompareOrdinal(text, start - word.Length, word, 0, word.Length) == 0;

    private static bool FollowedByMeeting(string text, int end) => Words.AnyAt(text, end, MeetingWords);

    private static int ScanArabic(string text, int i)
    {
        var k = i;
        while (k < text.Length)
        {
            var c = text[k];
            if (Hanzi.IsDigit(c))
            {
                k++;
            }
            else if ((c is '.' or '．') && k + 1 < text.Length && Hanzi.IsDigit(text[k + 1]))
            {
                k++;
            }
            else if ((c is ',' or '，') && IsThousandsGroup(text, k + 1))
            {
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length && text[i] >= '0' && text[i] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] >= '0' && text[i + 2] <= '9'
        && (i + 3 == text.Length || !Hanzi.IsDigit(text[i + 3]));

    private static int ScanChinese(string text, int i)
    {
        var k = i;
        var positionalRun = 0;
        while (k < text.Length)
        {
            var c = text[k];
            if (ChineseNumber.IsChineseDigit(c))
            {
                positionalRun++;
                k++;
            }
            else if (ChineseNumber.SmallUnit(c) > 0 || (MeasureWords.IsMultiplier(c) && k > i))
            {
                positionalRun = 0;
                k++;
            }
            else if (ChineseNumber.IsDecimalPoint(c) && c != '.' && k + 1 < text.Length && ChineseNumber.IsChineseDigit(text[k + 1]))
            {
                positionalRun = 0;
                k++;
            }
            else if (c == '、' && positionalRun >= 1 && IsChineseDigitGroup(text, k + 1))
            {
                // Old typesetting groups thousands with 、: 六、八○一、五三八吨.
                positionalRun = 0;
                k++;
            }
            else
            {
                break;
            }
        }

        return k;
    }

    private static bool IsChineseDigitGroup(string text, int i) =>
        i + 3 <= text.Length && ChineseNumber.IsChineseDigit(text[i]) && ChineseNumber.IsChineseDigit(text[i + 1]) && ChineseNumber.IsChineseDigit(text[i + 2])
        && (i + 3 == text.Length || !ChineseNumber.IsChineseDigit(text[i + 3]));

    private static string? LeadingQualifier(string text, int start)
    {
        foreach (var q in LeadingQualifiers)
        {
            if (start >= q.Length && string.CompareOrdinal(text, start - q.Length, q, 0, q.Length) == 0)
            {
                return q == "达" ? null : q;
            }
        }

        return null;
    }

    /// <summary>What the figure counts: the noun after its unit, else the subject before it, as the sentence says it.</summary>
    private static string Counts(string text, int start, int end)
    {
        var after = end;
        while (after < text.Length && after - end < 16 && !Clauses.IsClauseBreak(text, after, ClauseMarks.Figure) && !Hanzi.IsDigit(text[after]) && text[after] != '等')
        {
            after++;
        }

        var noun = text.Substring(end, after - end);
        if (noun.Length > 0 && !noun.StartsWith("的", System.StringComparison.Ordinal))
        {
            return noun;
        }

        var before = start;
        while (before > 0 && start - before < 24 && !Clauses.IsClauseBreak(text, before - 1, ClauseMarks.Figure))
        {
            before--;
        }

        var subject = text.Substring(before, start - before);
        foreach (var stop in CountsStopWords)
        {
            if (subject.EndsWith(stop, System.StringComparison.Ordinal))
            {
                subject = subject.Substring(0, subject.Length - stop.Length);
                break;
            }
        }

        return subject;
    }
}
