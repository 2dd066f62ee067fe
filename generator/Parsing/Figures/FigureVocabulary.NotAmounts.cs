using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// The words of <see cref="FigureVocabulary"/> that make a number with a unit something other than an amount: decades,
/// dictionary words and idioms made with numerals, names of places and phases, dates. Read by <see cref="FigureExclusions"/>.
/// </summary>
internal static partial class FigureVocabulary
{
    /// <summary>代 after a number of 年 makes a decade (八十年代, 90年代): a period, not a span of years. Source: general knowledge of the language.</summary>
    public const char Decade = '代';

    /// <summary>
    /// Words that begin with a numeral and a measure word but count nothing (十字 a cross, 四周 all around, 四处
    /// everywhere, 两头 both ends, 三轮车 a tricycle, 八路军 an army's name, 万岁 long live, 三伏 the dog days, 三包 the
    /// repair-replace-refund guarantee, 四方 and 八方 all around). Source: dictionary entries (现代汉语词典).
    /// </summary>
    public static readonly WordList NumeralWords = new("十字", "四周", "四处", "两头", "三轮车", "八路军", "四面", "两回事", "万岁", "三伏", "三包", "四方", "八方");

    /// <summary>
    /// Financial numerals (大写数字) that alone are words: 陆 is land (大陆, 陆路), 伍 the ranks (队伍), 拾 to pick up. A
    /// financial six is written among other financial numerals (陆拾, 壹佰陆拾元). Source: general knowledge of the language.
    /// </summary>
    public const string FinancialDigitWords = "陆伍拾";

    /// <summary>Words before 一 that make it part of a word or a demonstrative (这一成果, 统一, 唯一, 无一), not a count. Source: general knowledge of the language.</summary>
    public const string NotCountingOneBefore = "这那此该每同唯统万无";

    /// <summary>
    /// Four-character idioms (成语) with numerals that count nothing: a number inside one is not a figure, even when the
    /// idiom ends on it and a measure word follows (举一反三对: 三 closes the idiom). Source: dictionary entries (现代汉语词典, 成语词典).
    /// </summary>
    public static readonly WordList NumeralIdioms = new("五花八门", "四面八方", "一波三折", "约法三章", "冰冻三尺", "三番五次", "七上八下", "千家万户", "千军万马", "三心二意", "一举两得", "三言两语", "十年九旱", "三步并作两步",
        "一成不变", "三位一体", "火冒三丈", "举一反三", "成千上万", "成百上千");

    /// <summary>The longest idiom in <see cref="NumeralIdioms"/>, how far back one is looked for.</summary>
    public const int LongestNumeralIdiom = 6;

    /// <summary>
    /// Generic parts of village and street names that follow a numeral and a unit (六里屯, 十里堡, 八里庄, 五里铺): the number
    /// is part of the name. Only parts that never name a counted thing (三个村 counts villages). Source: 地名通名 (general knowledge).
    /// </summary>
    public const string PlaceNameEndings = "屯堡庄铺";

    /// <summary>
    /// Words that begin with a unit's character (两部分, 五部门, 三年级; 一成立就 as soon as it was set up, 二把手 the deputy,
    /// 号码具体 a code and 具体, 五只是 five of them are): the number there counts nothing. Source: general
    /// knowledge of the language (现代汉语词典 entries).
    /// </summary>
    public static readonly WordList WordsOpenedByAUnit = new("部分", "部门", "部长", "部队", "年级", "年度", "成立", "把手", "具体", "只是", "方面", "方案", "方式", "方针", "方向", "方法");

    /// <summary>What a numbered phase is of (二期工程, 三期项目): 期 there is an ordinal. Source: general knowledge of the language.</summary>
    public static readonly WordList PhaseHeads = new("工程", "项目");

    /// <summary>The month before a day's 号 (5月3号, 一月五号): a date, not a number in a series. Source: general knowledge of the language.</summary>
    public const char Month = '月';
}
