using System.Globalization;
using System.Text;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// Reads numbers as the genre prints them: ASCII or full-width digits, positional Chinese digits
/// (二〇二〇, 三六·〇三) and multiplicative Chinese numerals (七十九点三, 一亿二千万).
/// Both 〇 (U+3007) and ○ (U+25CB) are zero.
/// </summary>
internal static class ChineseNumber
{
    public static int DigitValue(char c)
    {
        switch (c)
        {
            case '〇': case '○': case '零': case '洞': return 0;
            case '一': case '壹': case '幺': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
        }

        var half = Hanzi.ToHalfWidth(c);
        return half >= '0' && half <= '9' ? half - '0' : -1;
    }

    public static bool IsChineseDigit(char c) => !Hanzi.IsDigit(c) && DigitValue(c) >= 0 && c != '洞' && c != '幺';

    /// <summary>10, 100, 1000 for 十百千; 0 otherwise.</summary>
    public static int SmallUnit(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        _ => 0,
    };

    public static bool IsDecimalPoint(char c) => c is '.' or '．' or '点' or '·' or '・';

    /// <summary>Parses a whole numeral string; false when it is not one.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsDecimalPoint(text[i]))
            {
                point = i;
                break;
            }
        }

        var integerPart = point < 0 ? text : text.Substring(0, point);
        var fractionPart = point < 0 ? string.Empty : text.Substring(point + 1);
        if (!TryParseInteger(integerPart, out var whole))
        {
            return false;
        }

        if (fractionPart.Length > 0)
        {
            var digits = new StringBuilder("0.");
            foreach (var c in fractionPart)
            {
                var d = DigitValue(c);
                if (d < 0)
                {
                    return false;
                }

                digits.Append((char)('0' + d));
            }

            whole += decimal.Parse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        else if (point >= 0)
        {
            return false;
        }

        value = whole;
        return true;
    }

    /// <summary>Page numbers and other small integers written either way; null when not a number.</summary>
    public static int? TryParseSmallInteger(string text) =>
        TryParseInteger(text, out var value) && value <= int.MaxValue ? (int)value : null;

    private static bool TryParseInteger(string text, out decimal value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        var multiplicative = false;
        foreach (var c in text)
        {
            if (SmallUnit(c) > 0 || c is '万' or '亿' or '萬' or '億')
            {
                multiplicative = true;
            }
            else if (DigitValue(c) < 0 && c is not (',' or '，'))
            {
                return false;
            }
        }

        return multiplicative ? TryParseMultiplicative(text, out value) : TryParsePositional(text, out value);
    }

    private static bool TryParsePositional(string text, out decimal value)
    {
        value = 0;
        var any = false;
        foreach (var c in text)
        {
            if (c is ',' or '，')
            {
                continue;
            }

            if (value > 1_000_000_000_000_000m)
            {
                return false;
            }

            value = (value * 10) + DigitValue(c);
            any = true;
        }

        return any;
    }

    private static bool TryParseMultiplicative(string text, out decimal value)
    {
        decimal total = 0, section = 0, number = 0;
        var pendingDigits = false;
        foreach (var c in text)
        {
            var unit = SmallUnit(c);
            if (unit > 0)
            {
                section += (pendingDigits ? number : 1) * unit;
                number = 0;
                pendingDigits = false;
            }
            else if (c is '万' or '萬')
            {
                section += number;
                total += section * 10_000;
                section = 0;
                number = 0;
                pendingDigits = false;
            }
            else if (c is '亿' or '億')
            {
                total = (total + section + number) * 100_000_000;
                section = 0;
                number = 0;
                pendingDigits = false;
            }
            else if (c is not (',' or '，'))
            {
                // Consecutive digits before a unit read positionally (1200万, 十五).
                number = pendingDigits ? (number * 10) + DigitValue(c) : DigitValue(c);
                pendingDigits = true;
            }

            if (total > 1_000_000_000_000_000m)
            {
                value = 0;
                return false;
            }
        }

        value = total + section + number;
        return true;
    }
}
