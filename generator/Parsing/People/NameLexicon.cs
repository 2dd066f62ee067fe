using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// General knowledge of Chinese names and official titles, used to recognise a person in running text.
/// Surnames: the common surnames of the 百家姓 and of the Ministry of Public Security's household-register
/// surname ranking (top ~400) plus the classic compound surnames. Titles: posts of party, state, enterprise
/// and profession as Chinese news prints them. Never names of people.
/// </summary>
internal static class NameLexicon
{
    private const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜赖冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾萧丘恽黑占禄蓟郏钭贲邴糜弓隗宓蓬郗仰韶咸籍苍莘贡逄扶堵宰璩濮寿庾暨殳沃蔚夔厍乜巢蒯竺桓隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习荀闾储艾滑郦靖钮冉訾";

    private static readonly string[] CompoundSurnames =
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "端木", "西门", "南宫", "独孤", "呼延", "百里", "东郭", "闻人", "澹台", "公冶", "宗政", "濮阳",
        "太叔", "申屠", "公羊", "赫连", "拓跋", "第五", "万俟",
    };

    /// <summary>Posts that stand before or after a name (市委书记张三, 李四省长). Longest first.</summary>
    public static readonly string[] TitleWords = SortLongestFirst(new[]
    {
        "总书记", "副书记", "书记", "副主席", "主席", "副主任", "主任", "常务委员", "委员", "常委", "副省长", "省长", "副市长", "市长",
        "副县长", "县长", "副区长", "区长", "镇长", "乡长", "村长", "副部长", "部长", "厅长", "局长", "处长", "科长", "院长",
        "校长", "所长", "行长", "社长", "会长", "董事长", "理事长", "秘书长", "检察长", "组长", "委员长", "副委员长", "议长", "总统", "首相", "外长", "总干事", "州长", "军长", "师长", "旅长", "主委", "副主委", "总指挥", "副总指挥", "指挥长", "队长", "站长", "馆长", "厂长",
        "团长", "班组长", "班长", "总经理", "副总经理", "经理", "主管", "总监", "总裁", "总编辑", "总理", "副总理", "国务委员",
        "领导", "代表", "专员", "巡视员", "调研员", "院士", "教授", "副教授", "研究员", "工程师", "负责人", "发言人", "大使",
        "司令员", "政委", "参谋长", "医生", "医师", "护士长", "护士", "老师", "律师", "民警", "警官", "法官", "检察官", "主持人",
        "董事", "监事", "理事", "干部", "党员", "劳模", "志愿者", "技术员", "讲解员", "网格员", "驾驶员", "村民", "居民", "市民",
        "职工", "工人", "农民", "师傅", "同志", "先生", "女士", "主编", "编辑", "记者", "通讯员", "博士", "硕士", "创始人", "法人",
        "工作人员", "学员", "学生", "作家", "诗人", "画家", "艺术家", "演员", "运动员", "教练员", "教练", "脱贫户", "农户", "种植户", "养殖户",
        "支书", "传承人", "执行官", "店主", "老板", "宝妈", "小哥", "员工", "快递员", "外卖员", "骑手", "建设者", "游客", "企业家", "科学家",
        "船长", "机长", "警长", "教师", "校友", "学者", "专家",
    });

    /// <summary>Titles a name may carry after it (吴政隆省长, 习近平总书记, 张三同志).</summary>
    public static readonly string[] TrailingTitleWords = SortLongestFirst(new[]
    {
        "总书记", "副书记", "书记", "副主席", "主席", "副主任", "主任", "副省长", "省长", "副市长", "市长", "副县长", "县长", "区长",
        "部长", "厅长", "局长", "院长", "校长", "董事长", "总经理", "总理", "副总理", "委员长", "院士", "教授", "司令员", "政委", "同志", "上将", "中将", "少将", "大校", "上校",
        "代表", "委员",
    });

    /// <summary>Words that introduce a name without being a title of it (36岁的孙成敏).</summary>
    public static readonly string[] NameCues = { "岁的" };

    /// <summary>Verbs of speech that follow a speaker's name after a quotation (”张三说).</summary>
    public static readonly string[] SpeechVerbs = { "笑着说", "说", "表示", "介绍", "告诉", "坦言", "感慨", "回忆", "补充" };

    /// <summary>Words that typically follow a name: verbs of reporting and attending, and function words.</summary>
    private static readonly string[] FollowWords =
    {
        "主持", "出席", "参加", "列席", "指出", "强调", "表示", "介绍", "要求", "希望", "认为", "提出", "讲话", "传达", "调研", "带领",
        "率队", "一行", "同志", "代表", "会见", "宣布", "作了", "分别", "先后", "共同", "领到", "告诉", "说道", "坦言", "透露", "回忆",
        "陪同", "看望", "慰问", "参观", "考察", "检查", "听取", "首先", "随后", "主讲", "发言", "致辞", "出任", "当选", "获得", "来到",
        "深入", "前往", "今天", "昨天", "今日", "昨日", "近日", "日前", "获悉", "报道", "应邀", "委托", "一行", "即将", "正在", "已经", "如今", "目前", "赴", "说", "讲", "率", "等", "在", "和", "与", "及", "也", "就", "都", "对", "向", "为", "有", "是", "的", "到",
        "作", "称", "则", "已", "还", "又", "便", "将", "被", "把", "从", "让", "给", "于", "以", "同", "跟", "所", "们", "曾", "再", "正",
    };

    /// <summary>Characters that never stand in a given name: particles, pronouns and the signs of an office or place.</summary>
    private const string NeverInGivenName = "等的了在是对把被让给说讲称则还又便将已从于着过们这那所而并但或即该各每某此副委省市县局厅党府院组部务镇乡村司办署队会员记席支总";

    /// <summary>Conjunctions and adverbs that may open a given name (张和国, 沈向民, 王其梅, 杨之华) but never end one (张三和李四).</summary>
    private const string NeverEndsGivenName = "和与及也都就向其之";

    /// <summary>Common words that read like a surname and a given name (方法, 强调, 来到): never a name on their own.</summary>
    private static readonly HashSet<string> CommonWords = new(System.StringComparer.Ordinal)
    {
        "方法", "方面", "方式", "方案", "方向", "方针", "强调", "强化", "来到", "来自", "高度", "全面", "全力", "全体", "同时", "同志", "时间",
        "时期", "安全", "安排", "成功", "成效", "成为", "关于", "关键", "明确", "明显", "平台", "经济", "任务", "于是", "常委", "常务", "严格",
        "文化", "文明", "金融", "万元", "手记", "资料", "党员", "向着", "应当", "应该", "和谐", "从而", "华人", "马上", "路上", "包括", "许多",
    };

    private static readonly HashSet<char> Surnames = new(SingleSurnames);

    public static bool IsSurnameAt(string text, int index, out int surnameLength)
    {
        surnameLength = 1;
        if (index >= text.Length || !CompoundStarts.Contains(text[index]))
        {
            return index < text.Length && Surnames.Contains(text[index]);
        }

        foreach (var compound in CompoundSurnames)
        {
            if (string.CompareOrdinal(text, index, compound, 0, compound.Length) == 0)
            {
                surnameLength = compound.Length;
                return true;
            }
        }

        surnameLength = 1;
        return index < text.Length && Surnames.Contains(text[index]);
    }

    public static bool CanBeInGivenName(char c) => Text.Hanzi.IsHanzi(c) && NeverInGivenName.IndexOf(c) < 0;

    public static bool CanEndGivenName(char c) => CanBeInGivenName(c) && NeverEndsGivenName.IndexOf(c) < 0;

    /// <summary>True when the candidate is a common word, not a name.</summary>
    public static bool IsCommonWord(string candidate) => CommonWords.Contains(candidate);

    /// <summary>True when the text at <paramref name="index"/> can follow a name: punctuation, the end, a title or a follow word.</summary>
    public static bool IsNameBoundary(string text, int index)
    {
        if (index >= text.Length || !Text.Hanzi.IsHanzi(text[index]))
        {
            return true;
        }

        return (FollowStarts[text[index]] && Words.AnyAt(text, index, FollowWords)) || MatchTitleAt(text, index, TrailingTitleWords) is not null;
    }

    /// <summary>
    /// Title words grouped by their first character, longest first within a group. Titles are looked for at every
    /// character of every paragraph, and most characters start none: one lookup replaces ~200 comparisons (this was
    /// the parser's largest cost, profiled over 100 pages). Same matches, same order.
    /// </summary>
    private static readonly Dictionary<char, string[]> TitlesByFirst = GroupByFirst(TitleWords);

    private static readonly Dictionary<char, string[]> TrailingTitlesByFirst = GroupByFirst(TrailingTitleWords);

    /// <summary>The first characters of the follow words, for the same reason.</summary>
    private static readonly bool[] FollowStarts = FirstCharacters(FollowWords);

    private static readonly HashSet<char> CompoundStarts = new(CompoundSurnames.Select(c => c[0]));

    public static string? MatchTitleAt(string text, int index, string[] titles)
    {
        if (index >= text.Length)
        {
            return null;
        }

        var grouped = ReferenceEquals(titles, TitleWords) ? TitlesByFirst : ReferenceEquals(titles, TrailingTitleWords) ? TrailingTitlesByFirst : null;
        if (grouped is not null && !grouped.TryGetValue(text[index], out titles!))
        {
            return null;
        }

        foreach (var title in titles)
        {
            if (string.CompareOrdinal(text, index, title, 0, title.Length) == 0)
            {
                return title;
            }
        }

        return null;
    }

    private static Dictionary<char, string[]> GroupByFirst(string[] words) =>
        words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static bool[] FirstCharacters(IEnumerable<string> words)
    {
        var starts = new bool[char.MaxValue + 1];
        foreach (var word in words)
        {
            starts[word[0]] = true;
        }

        return starts;
    }

    private static string[] SortLongestFirst(string[] words)
    {
        System.Array.Sort(words, (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return words;
    }
}
