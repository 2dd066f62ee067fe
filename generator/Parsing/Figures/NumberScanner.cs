using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>Where a number written in digits (1,234.5) or in Chinese (一千二百三十四, 六、八○一) starts and ends.</summary>
internal static class NumberScanner
{
    /// <summary>Digits per thousands group (1,234 and the old 六、八○一 alike).</summary>
    private const int GroupDigits = 3;

    public static bool IsNumeral(char c) => Hanzi.IsDigit(c) || ChineseNumber.IsChineseDigit(c) || ChineseNumber.SmallUnit(c) > 0 || MeasureWords.IsMultiplier(c);

    public static bool IsNumberStart(char c) => Hanzi.IsDigit(c) || ChineseNumber.IsChineseDigit(c) || c == '十';

    /// <summary>The end of a number in digits, with its decimal point (also the · of 8·9%) and thousands separators.</summary>
    public static int ScanArabic(string text, int i)
    {
        var k = i;
        while (k < text.Length)
        {
            var c = text[k];
            if (Hanzi.IsDigit(c))
            {
                k++;
            }
            else if ((c is '.' or '．' or '·' or '・') && k > i && k + 1 < text.Length && Hanzi.IsDigit(text[k + 1]))
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

    /// <summary>The end of a number in Chinese numerals, with its units (十百千万亿), decimal point and 、-groups.</summary>
    public static int ScanChinese(string text, int i)
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

    private static bool IsThousandsGroup(string text, int i) =>
        i + GroupDigits <= text.Length && text[i] >= '0' && text[i] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] >= '0' && text[i + 2] <= '9'
        && (i + GroupDigits == text.Length || !Hanzi.IsDigit(text[i + GroupDigits]));

    private static bool IsChineseDigitGroup(string text, int i) =>
        i + GroupDigits <= text.Length && ChineseNumber.IsChineseDigit(text[i]) && ChineseNumber.IsChineseDigit(text[i + 1]) && ChineseNumber.IsChineseDigit(text[i + 2])
        && (i + GroupDigits == text.Length || !ChineseNumber.IsChineseDigit(text[i + GroupDigits]));
}
