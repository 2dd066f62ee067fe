using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// Every word the figure rules read, named, each with where it comes from. None is a word, place or number of any
/// page: measure words and the signs around a number are general knowledge of the language.
/// </summary>
internal static partial class FigureVocabulary
{
    /// <summary>Units of length and area, metric and Chinese (市亩, 公尺). Source: general knowledge of the language (法定计量单位 as news writes them).</summary>
    public static readonly string[] LengthsAndAreas = { "千米", "公里", "公尺", "公分", "厘米", "毫米", "米", "立方米", "平方公里", "平方千米", "平方米", "平米", "公顷", "亩", "市亩",
        "微米", "纳米", "英寸", "英尺", "英里", "海里", "光年",

        // 里 and 华里: the traditional Chinese mile (市制, half a kilometre), still in news for distances (十里长街).
        "华里", "里" };

    /// <summary>Units of mass and volume, and the container of freight. Source: general knowledge of the language.</summary>
    public static readonly string[] MassesAndVolumes = { "吨", "公斤", "千克", "克", "斤", "市斤", "升", "标箱",

        // Imperial and traditional measures news still prints (660磅, 2500万桶, 2尺 wide). Source: general knowledge of the language.
        "磅", "桶", "立方", "尺", "寸", "丈", "盎司",

        // The millilitre. Source: 法定计量单位.
        "毫升" };

    /// <summary>Units of power and energy: 千瓦时 is the communiqués' kilowatt-hour. Source: the statistical communiqués (国家统计局 统计公报).</summary>
    public static readonly string[] Energy = { "千瓦时", "千瓦", "兆瓦", "万千瓦", "千伏安", "千伏", "伏", "瓦时", "瓦" };

    /// <summary>Currencies news reports amounts in. Source: general knowledge of the language.</summary>
    public static readonly string[] Currencies = { "元", "美元", "欧元", "港元", "日元", "英镑", "加元", "澳元", "韩元", "卢布", "马克", "法郎", "泰铢", "卢比", "比索", "里拉", "克朗", "兰特", "林吉特", "盾",

        // Smaller coins and more currencies by their short names (32美分, 两便士, 1000铢, 150埃镑); 角 is a tenth of a 元 (7角). Source: general knowledge of the language.
        "美分", "便士", "先令", "铢", "埃镑", "新台币", "台币", "角",

        // 镑 alone is the pound sterling's short name (每周三镑). Source: general knowledge of the language.
        "镑" };

    /// <summary>Classifiers that count people and things. Source: general knowledge of the language (现代汉语量词).</summary>
    public static readonly string[] Classifiers =
    {
        "人次", "人", "个", "家", "张", "位", "名", "项", "条", "件", "次", "台", "辆", "座", "所", "户",
        "篇", "本", "册", "份", "批", "支", "只", "头", "匹", "棵", "株", "箱", "套", "间", "栋", "幢",
        "层", "处", "块", "部", "种", "类", "场", "例", "起", "宗", "笔", "架", "艘", "趟", "门", "颗",
        "枚", "道", "首", "幅", "页", "字",
        "粒", "对", "集", "口", "款", "盘", "句", "卷", "轮", "期", "组", "席", "代", "路", "床", "碗", "回", "站", "段", "级",
        "台次", "场次", "架次", "艘次", "批次", "户次",

        // 号: a number in a series (3号机组, 二号线, 425号文件); a date's 号 (5月3号) is left out in FigureExclusions.
        "号",

        // More classifiers of things, votes, shares, rounds and goes (400顶帐篷, 两扇门, 52票, 100股, 三局, 翻两番). Not 节: 两节
        // (the two festivals) and 五一节 are names. Source: 现代汉语量词 (general knowledge of the language).
        "顶", "杯", "根", "扇", "盏", "封", "把", "包", "袋", "盆", "瓶", "罐", "盒", "具", "尊", "票", "股", "发", "眼", "章",
        "双", "副", "片", "串", "束", "堆", "顿", "圈", "桌", "番", "步", "局", "队", "面", "载",

        // Fish and fry (二十万尾鱼苗), spindles of a mill (十万锭), stems and flowers (三枝梅花), rounds of a bout (两回合). Source: 现代汉语量词.
        "尾", "锭", "枝", "回合",

        // 方 counts parties (巴以美三方, 正反两方) and cubic metres of earth or water (280万方); 四方 and 八方 (all around) are
        // words (NumeralWords), 两方面 another word (WordsOpenedByAUnit). Source: 现代汉语量词.
        "方",

        // Flowers and clouds (三朵花), shoulder loads (两担水), frames and pictures (十帧照片), going-overs (读了三遍), and a
        // count of vehicle trips like 台次 (500辆次). Source: 现代汉语量词.
        "朵", "担", "帧", "遍", "辆次",
    };

    /// <summary>
    /// Measures of scores, indexes, times and temperatures (326.34分, 200点, 15秒, 39摄氏度). 分 and 点 count only after
    /// digits and never in a clock time (see <see cref="FigureExclusions"/>). Source: general knowledge of the language.
    /// </summary>
    public static readonly string[] ScoresAndDegrees = { "分", "点", "秒", "度", "摄氏度", "华氏度", "℃", "°" };

    /// <summary>Spans of time and age. Source: general knowledge of the language.</summary>
    public static readonly string[] Durations = { "周岁", "岁", "年", "个月", "天", "小时", "分钟", "周年", "周" };

    /// <summary>Shares and rates: 个百分点 is the communiqués' percentage point. Source: general knowledge of the language and the statistical communiqués.</summary>
    public static readonly string[] Ratios = { "个百分点", "百分点", "倍", "成", "折", "%", "％", "‰" };

    /// <summary>
    /// Units and classifiers that make a number a figure: the lists above, longest first so 个百分点 wins over 个 and
    /// 千瓦时 over 千瓦. Source: general knowledge of the language (现代汉语量词) and the units of the statistical
    /// communiqués (国家统计局 统计公报: 亿元, 万吨, 亿千瓦时, 个百分点 ...). Not a list of any page's words.
    /// </summary>
    public static readonly WordList Units = WordList.LongestFirst(LengthsAndAreas, MassesAndVolumes, Energy, Currencies, Classifiers, Durations, Ratios, ScoresAndDegrees);

    /// <summary>万 (ten thousand), simplified and traditional. Source: general knowledge of the language.</summary>
    public const string TenThousand = "万萬";

    /// <summary>亿 (hundred million), simplified and traditional. Source: general knowledge of the language.</summary>
    public const string HundredMillion = "亿億";

    /// <summary>Multipliers that stay in the unit when they close the number (1.2万元 = 1.2 of 万元): <see cref="TenThousand"/> and <see cref="HundredMillion"/>.</summary>
    public const string Multipliers = TenThousand + HundredMillion;

    /// <summary>千 (thousand): after digits it may open a metric unit instead of closing the number (5千克).</summary>
    public const char Kilo = '千';

    /// <summary>
    /// 千 after digits belongs to the unit when one of these follows (5千克 is 5 of 千克). Source: the metric prefix
    /// kilo- as Chinese writes it. 瓦 and 瓦时 are units of their own (四十瓦), so 5千瓦时 reads 千 here and 瓦时 after it:
    /// the unit is 千瓦时 either way.
    /// </summary>
    public static readonly string[] KiloUnits = { "瓦", "瓦时", "克", "米", "元" };

    /// <summary>百分之二十 is 20%: the prefix of a percentage written out. Source: general knowledge of the language.</summary>
    public const string PercentPrefix = "百分之";

    /// <summary>The unit of a percentage written out with <see cref="PercentPrefix"/>.</summary>
    public const string Percent = "%";

    /// <summary>千分之五 is 5‰, 万分之五 5‱: parts of a thousand and of ten thousand written out, like <see cref="PercentPrefix"/>. Source: general knowledge of the language.</summary>
    public const string PerMillePrefix = "千分之";

    public const string PerTenThousandPrefix = "万分之";

    /// <summary>The prefixes of parts written out (百分之, 千分之, 万分之); each figure's unit is its sign.</summary>
    public static readonly WordList PartsPrefixes = new(PercentPrefix, PerMillePrefix, PerTenThousandPrefix);

    public const string PerMille = "‰";

    public const string PerTenThousand = "‱";

    /// <summary>X分之Y (三分之一): a fraction written out; its unit is this word, as the gold writes it. Source: general knowledge of the language.</summary>
    public const string FractionMark = "分之";

    public const string Fraction = "fraction";

    /// <summary>半 (half) before a unit (半年, 半个月, 半亩) is 0.5 of it; 半数 is half of a whole. Source: general knowledge of the language.</summary>
    public const char Half = '半';

    public const string HalfOfAll = "半数";

    /// <summary>
    /// Units 半 is half of (半年, 半个月, 半亩, 半张): spans, measures, money and a few classifiers of things. Not 半路
    /// (halfway), 半场 (half-time), 半点 (the least bit): with other classifiers 半 makes a word. Source: general knowledge of the language.
    /// </summary>
    public static readonly string[] HalfClassifiers = { "个", "张", "卷", "块", "碗", "份", "页", "间", "篇", "本" };

    /// <summary>
    /// Characters before 半 that make it part of another word (大半, 多半, 过半, 对半, 一半, 两个半) or of a period (上半年,
    /// 下半月, 前半生, 后半期: a date, not an amount): not a figure of its own.
    /// </summary>
    public const string NotHalfBefore = "大多过对一两上下前后";

    /// <summary>百, 千, 万 with no digit before them (千余件, 近万名, 百亿元). Source: general knowledge of the language.</summary>
    public const string BareMagnitudes = "百千万萬";

    /// <summary>Units after which a bare 百/千/万 is a count of people, households or years of age (百名代表, 千户企业, 万名群众, 百岁老人). Source: general knowledge of the language.</summary>
    public static readonly string[] BareMagnitudeCounts = { "名", "户", "岁" };

    /// <summary>What marks a bare 百/千/万 as an amount when it stands before it (近千名, 上万人): the leading qualifiers and 上. Source: general knowledge of the language.</summary>
    public static readonly WordList BareMagnitudeLeads = new("将近", "大约", "超过", "近", "约", "超", "逾", "达", "上");

    /// <summary>Words after a figure that make it an amount (千斤以上, 百人左右). Source: general knowledge of the language.</summary>
    public static readonly WordList TrailingQualifiers = new("以上", "左右", "上下", "开外");

    /// <summary>多, 余 after a number (三十多万亩, 200余人): "more than". Source: general knowledge of the language.</summary>
    public const string MoreThan = "多余";

    /// <summary>来 after a number and before a unit (十来个, 20来岁): "about". Source: general knowledge of the language.</summary>
    public const char About = '来';

    /// <summary>
    /// Words before a number that qualify it (近3000人, 超过一半), longest first within a shared ending. 达 (reaching)
    /// is listed so it stops the shorter matches but is not reported as a qualifier. Source: general knowledge of the language.
    /// </summary>
    public static readonly WordList LeadingQualifiers = new("将近", "大约", "超过", "近", "约", "超", "逾", "达");

    /// <summary>The qualifier that is only a verb of reaching, not a qualification (达3000人).</summary>
    public const string Reaching = "达";

    /// <summary>
    /// Verbs and adverbs that end the subject before a figure (全市共有…): cut from the subject a figure counts. Source:
    /// general knowledge of the language. Longer words first, so 共有 is cut whole before 有.
    /// </summary>
    public static readonly WordList CountsStopWords = new("已有", "共有", "达到", "合计", "共计", "累计", "超过", "约为", "分别", "有", "达", "为", "是", "共", "约", "近", "超", "逾");

    /// <summary>Words for a meeting or its organs: 四次会议, 九次全会 count sessions, not times. Source: general knowledge of Chinese institutions.</summary>
    public static readonly WordList MeetingWords = new("会议", "全会", "全体", "常委", "会", "主席", "委员长", "代表大会", "党代会", "理事会");

    /// <summary>The ordinal prefix (第二次) and the session counter (十三届): numbers after or before them are ordinals. Source: general knowledge of the language.</summary>
    public const char Ordinal = '第';

    public const string Session = "届";

    /// <summary>数 before a number (数十名) makes it vague; after 位 (两位数) it makes 位 the digits of a number. Source: general knowledge of the language.</summary>
    public const char Several = '数';

    /// <summary>几 before a number (几十年, 几百万) makes it vague, as 数 does (数十名). Source: general knowledge of the language.</summary>
    public const char Few = '几';

    /// <summary>The slash of a rate (2000元/平方米, 3万吨/日): per. Source: the language's punctuation of units (法定计量单位).</summary>
    public const string RateMarks = "/／";

    /// <summary>Time words a rate may be per besides the units of <see cref="Durations"/> (3万吨/日, 5次/时). Source: general knowledge of the language.</summary>
    public static readonly WordList RateTimeWords = new("日", "时");

    /// <summary>Marks between the two ends of a range (3至14天, 一万到二万五千斤, 5—8人). Source: the language's punctuation and words of range.</summary>
    public const string RangeMarks = "到至—-～~";

    /// <summary>零 and the two circles typeset for it: alone it is a word (零部件), not a count of nothing. Source: general knowledge of the language.</summary>
    public const string Zeros = "零〇○";

    /// <summary>The units 一 may count without being the indefinite article (一倍, 一成, and any percentage).</summary>
    public static readonly string[] UnitsCountedByOne = { Percent, "倍", "成" };

    /// <summary>What a figure counts is read up to these: 等 closes a list of what is counted (…等3000人), 的 opens a modifier.</summary>
    public const char ListEnd = '等';

    public const string Modifier = "的";
    /// <summary>Marks that open and close a title of a document, book or plan (《…》, 〈…〉). Source: the language's punctuation (GB/T 15834 书名号).</summary>
    public const string TitleOpeners = "《〈";

    public const string TitleClosers = "》〉";

    /// <summary>Marks that open and close a quote (“…”, ‘…’, 「…」, 『…』). Source: the language's punctuation (GB/T 15834 引号).</summary>
    public const string QuoteOpeners = "“‘「『";

    public const string QuoteClosers = "”’」』";

    /// <summary>What a plan named by its span is called after the span (五年规划, 两年行动方案). Source: general knowledge of the language.</summary>
    public static readonly WordList PlanHeads = new("行动计划", "行动方案", "计划", "规划", "纲要");

    /// <summary>精神 (spirit): said of a named document or rule set that is carried out (六项承诺精神). Source: general knowledge of the language.</summary>
    public const string Spirit = "精神";

    /// <summary>Units that count only after digits: 十分 is "very", 两点 "two points" or a clock time, 六盘水 a place, 小两口 a couple.</summary>
    public static readonly string[] DigitsOnlyUnits = { "分", "点", "盘", "口", "角" };

    /// <summary>Words of a time of day before a number (上午10点, 8时30分): the number is a clock time, not an amount. Source: general knowledge of the language.</summary>
    public static readonly WordList DayParts = new("上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "夜里", "夜间", "清晨", "早晨", "晚", "早", "时", "点", "日", "号");

    /// <summary>What follows a clock time's 点 (8点钟, 8点半, 8点整). Source: general knowledge of the language.</summary>
    public const string AfterClockPoint = "钟半整";
}
