using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Every word the people rules read, named, each with where it comes from. Lists composed from other lists say so by
/// referring to them. None of these is a name, place or number of any page: they are general knowledge of the
/// language and of how Chinese news prints people.
/// </summary>
internal static class PeopleVocabulary
{
    /// <summary>
    /// Single-character surnames. Source: general knowledge of the language — the common surnames of the 百家姓 and of
    /// the Ministry of Public Security's household-register surname ranking (top ~400), with 洪 (百家姓, among the hundred most common). Left out: 都, 但, 那 and 位, rare as
    /// surnames and in news nearly always the adverb, the conjunction, the demonstrative and the measure word (都认为, 但欧盟代表, 各位).
    /// </summary>
    public const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜赖冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾萧丘恽黑占禄蓟郏钭贲邴糜弓隗宓蓬郗仰韶咸籍苍莘贡逄扶堵宰璩濮寿庾暨殳沃蔚夔厍乜巢蒯竺桓隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习荀闾储艾滑郦靖钮冉訾洪";

    /// <summary>Two-character surnames. Source: general knowledge of the language — the classic compound surnames of the 百家姓.</summary>
    public static readonly WordList CompoundSurnames = new(
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "端木", "西门", "南宫", "独孤", "呼延", "百里", "东郭", "闻人", "澹台", "公冶", "宗政", "濮阳",
        "太叔", "申屠", "公羊", "赫连", "拓跋", "第五", "万俟");

    /// <summary>Posts of party and state organs, from the centre to the village, and of their offices. Source: general knowledge of Chinese institutions.</summary>
    public static readonly string[] PartyAndStatePosts =
    {
        "总书记", "副书记", "书记", "支书", "副主席", "主席", "副主任", "主任", "常务委员", "委员", "常委", "委员长", "副委员长", "国务委员", "总理",
        "副总理", "副省长", "省长", "副市长", "市长", "副县长", "县长", "副区长", "区长", "镇长", "乡长", "村长", "副部长", "部长", "厅长", "局长",
        "处长", "司长", "科长", "院长", "校长", "所长", "行长", "社长", "会长", "理事长", "秘书长", "检察长", "组长", "主委", "副主委", "总指挥", "副总指挥",
        "署长", "审计长", "行政长官", "首长", "司令", "总监督",
        "指挥长", "队长", "站长", "馆长", "厂长", "团长", "班组长", "班长", "领导", "代表", "专员", "巡视员", "调研员", "负责人", "发言人", "干部",
        "党员", "同志",
    };

    /// <summary>Posts of foreign states and international bodies as Chinese news names them. Source: general knowledge of the language.</summary>
    public static readonly string[] ForeignPosts =
    {
        "议长", "总统", "首相", "外长", "总干事", "州长", "大使",
    };

    /// <summary>Command posts of the army. Source: general knowledge of Chinese institutions.</summary>
    public static readonly string[] MilitaryPosts =
    {
        "军长", "师长", "旅长", "司令员", "政委", "参谋长",
    };

    /// <summary>
    /// Ranks of the board games, printed after a player's name (王立新九段). Source: the ranks of 围棋 and 象棋 (段位).
    /// </summary>
    public static readonly string[] GameRanks = { "九段", "八段", "七段", "六段", "五段", "四段", "三段", "二段", "初段" };

    /// <summary>Posts of a company and its owners. Source: general knowledge of the language.</summary>
    public static readonly string[] EnterprisePosts =
    {
        "董事长", "总经理", "副总经理", "经理", "主管", "总监", "总裁", "执行官", "董事", "监事", "理事", "创始人", "法人", "店主", "老板", "员工",
        "企业家",
    };

    /// <summary>Professions and academic titles. Source: general knowledge of the language.</summary>
    public static readonly string[] Professions =
    {
        "院士", "教授", "副教授", "研究员", "工程师", "科学家", "学者", "专家", "博士", "硕士", "医生", "医师", "护士长", "护士", "老师", "教师",
        "律师", "民警", "警官", "警长", "法官", "检察官", "总编辑", "主编", "编辑", "记者", "通讯员", "主持人", "作家", "诗人", "画家", "艺术家",
        "演员", "运动员", "教练员", "教练", "传承人", "技术员", "讲解员", "网格员", "驾驶员", "快递员", "外卖员", "骑手", "船长", "机长",
        "经济学家", "物理学家", "化学家", "数学家", "文学家", "史学家", "哲学家", "社会学家", "语言学家", "天文学家", "地质学家", "生物学家",
        "书法家", "钢琴家", "音乐家", "作曲家", "美术家", "雕塑家", "舞蹈家", "表演艺术家", "评论家", "剧作家", "小说家", "散文家", "翻译家",
        "戏剧家", "教育家", "军事家", "政治家", "革命家", "思想家", "外交家", "实业家", "收藏家", "摄影家", "漫画家", "书画家", "农艺师",
        "工艺师", "会计师", "设计师", "建筑师", "扮演者", "作者", "话务员", "营业员", "售货员", "炊事员", "邮递员", "投递员", "乘务员", "列车员",
    };

    /// <summary>
    /// Roles of sport and the stage, printed right before a name that the next word often joins (中国选手王立新大胜,
    /// 围棋大师陈海执黑). Source: news style of sports and arts reports.
    /// </summary>
    public static readonly string[] PlayersAndPerformers =
    {
        "选手", "名将", "好手", "球星", "歌手", "导演", "冠军", "亚军", "季军", "大师", "棋手", "球员", "队员", "歌唱家", "指挥家", "主教练",
    };

    /// <summary>What news calls ordinary people before their name (村民张三, 游客李四). Source: news style.</summary>
    public static readonly string[] RolesOfOrdinaryPeople =
    {
        "劳模", "志愿者", "村民", "居民", "市民", "职工", "工人", "农民", "师傅", "先生", "女士", "工作人员", "学员", "学生", "校友", "脱贫户",
        "农户", "种植户", "养殖户", "宝妈", "小哥", "建设者", "游客", "老农", "老劳模", "老战士", "老党员", "老艺人", "女工", "妇女", "丈夫",
        "妻子", "女儿", "儿子", "母亲", "父亲", "特困生", "大学生", "小学生", "中学生", "业主", "户主", "司机",
    };

    /// <summary>
    /// Titles that as often stand before a verb or a noun as before a name (领导班子, 干部职工, 代表大会): only a name
    /// that a following word proves is read after them. Source: general knowledge of the language.
    /// </summary>
    public static readonly string[] GeneralRoles =
    {
        "领导", "代表", "干部", "党员", "同志", "负责人", "发言人", "员工", "企业家", "专家", "学者", "作家", "诗人", "画家", "艺术家", "演员",
        "运动员", "委员", "常委", "常务委员", "法人", "创始人", "店主", "老板", "主管", "科学家", "教师", "老师", "医生", "护士",
    };

    /// <summary>
    /// Posts that stand before or after a name (市委书记张三, 李四省长), longest first: the lists above, composed.
    /// </summary>
    public static readonly WordList TitleWords = WordList.LongestFirst(
        PartyAndStatePosts, ForeignPosts, ForeignNameVocabulary.ForeignRoles, MilitaryPosts, EnterprisePosts, Professions, RolesOfOrdinaryPeople,
        PlayersAndPerformers, GameRanks);

    /// <summary>
    /// Of the <see cref="TitleWords"/>, those Chinese news prints after a name as well (吴政隆省长, 习近平总书记, 张三同志).
    /// Source: news style.
    /// </summary>
    public static readonly string[] TitlesPrintedAfterName =
    {
        "总书记", "副书记", "书记", "副主席", "主席", "副主任", "主任", "副省长", "省长", "副市长", "市长", "副县长", "县长", "区长", "部长", "厅长",
        "局长", "院长", "校长", "董事长", "总经理", "总理", "副总理", "委员长", "院士", "教授", "司令员", "政委", "同志", "代表", "委员",
        "总统", "首相", "议长", "国王", "夫人", "先生", "女士", "研究员", "副教授", "博士", "主编", "教练", "总经理", "师傅", "工程师",
    };

    /// <summary>General and field-officer ranks, printed after a name (张三上将). Source: general knowledge of Chinese institutions.</summary>
    public static readonly string[] MilitaryRanks = { "上将", "中将", "少将", "大校", "上校", "将军", "元帅" };

    /// <summary>Titles a name may carry after it, longest first: <see cref="TitlesPrintedAfterName"/> and <see cref="MilitaryRanks"/>.</summary>
    public static readonly WordList TrailingTitleWords = WordList.LongestFirst(TitlesPrintedAfterName, MilitaryRanks, GameRanks);

    /// <summary>Words that introduce a name without being a title of it (36岁的孙成敏). Source: news style (an age before a name).</summary>
    public static readonly WordList NameCues = new("岁的");

    /// <summary>Verbs of speech that follow a speaker's name after a quotation (”张三说). Source: general knowledge of the language.</summary>
    public static readonly WordList SpeechVerbs = new(
        "笑着说", "说", "表示", "介绍", "告诉", "坦言", "感慨", "回忆", "补充", "指出", "认为", "强调", "称", "谈到", "透露", "解释", "提出",
        "说道", "问道", "答道", "写道");

    /// <summary>
    /// Adverbs that may stand between a speaker and the verb of speech (王立新也指出, 陈海则认为). Source: general
    /// knowledge of the language.
    /// </summary>
    public const string SpeechAdverbs = "也还则又却就曾更";

    /// <summary>
    /// One-character words after a clause's first word that make it the clause's subject, a person (王立新说, 陈海也…):
    /// verbs of speech and leading. Source: general knowledge of the language.
    /// </summary>
    public const string SubjectCharacters = "说讲称率赴";

    /// <summary>
    /// Localisers and negations that close a place or a phrase, not a name that opens a clause (宿舍里, 国际上, 农民不).
    /// Source: general knowledge of the language.
    /// </summary>
    public const string NeverEndsClauseSubject = "上里中下内外不虽";

    /// <summary>
    /// Surnames that at a clause's start or after a title are far more often a preposition, an adverb or a verb (由我国…,
    /// 占全区…, 连外资…, 向读者…). Source: general knowledge of the language.
    /// </summary>
    public const string ClauseOpeningPrepositions = "由占从对把被将为以连据按经随向";

    /// <summary>
    /// Surnames common enough after a title (应, 于) that open a clause as a preposition as often as a name (应客人要求,
    /// 于今年…): not read as a clause's subject. Source: general knowledge of the language.
    /// </summary>
    public const string ClauseOpeningWords = ClauseOpeningPrepositions + "应于";

    /// <summary>
    /// Surnames that are as often a preposition before a person (向李四学习, 向周总理致敬, 于王立新处): before a
    /// surname they are not read as a name's first character. Source: general knowledge of the language.
    /// </summary>
    public const string PrepositionSurnames = "向于";

    /// <summary>
    /// 15位农民代表, 几名职工代表: after a measure word of people, what stands before a trailing title is a group
    /// or a trade, not a name. Source: general knowledge of the language.
    /// </summary>
    public const string BeforeGroupNoun = "位名个";

    /// <summary>
    /// 老 and 前 right before a title are part of it (王老先生, 前首相), not the end of a name. Source: general knowledge of
    /// the language.
    /// </summary>
    public const string TitlePrefixes = "老前";

    /// <summary>Punctuation after which a clause opens with its speaker (”蔡煜远说, 。詹毅表示). Source: the language's punctuation.</summary>
    public const string BeforeSpeaker = "”。，！？；：";

    /// <summary>
    /// Words that typically follow a name: verbs of reporting and attending, and function words. Source: general
    /// knowledge of the language (verbs news uses of officials, and the common particles, prepositions and adverbs).
    /// </summary>
    public static readonly WordList FollowWords = new(
        "主持", "出席", "参加", "列席", "指出", "强调", "表示", "介绍", "要求", "希望", "认为", "提出", "讲话", "传达", "调研", "带领",
        "率队", "一行", "同志", "代表", "会见", "宣布", "作了", "分别", "先后", "共同", "领到", "告诉", "说道", "坦言", "透露", "回忆",
        "陪同", "看望", "慰问", "参观", "考察", "检查", "听取", "首先", "随后", "主讲", "发言", "致辞", "出任", "当选", "获得", "来到",
        "深入", "前往", "今天", "昨天", "今日", "昨日", "近日", "日前", "获悉", "报道", "应邀", "委托", "一行", "即将", "正在", "已经", "如今", "目前", "赴", "说", "讲", "率", "等", "在", "和", "与", "及", "也", "就", "都", "对", "向", "为", "有", "是", "的", "到",
        "作", "称", "则", "已", "还", "又", "便", "将", "被", "把", "从", "让", "给", "于", "以", "同", "跟", "所", "们", "曾", "再", "正",
        "摄", "接到", "撰写", "创作", "签署", "签订", "发表", "发来", "决定", "进行", "先生", "女士", "本人", "家中", "家里", "夫妇", "一家",
        "兄弟", "父子", "母子", "夫人", "提交", "提名", "本月", "本周", "负责", "名列", "今年", "去年", "明年",
        "以及", "今晚", "曾经", "亲自", "担任", "观看", "批准", "分列", "分获", "连续", "卫冕", "全面", "通报", "可能", "提高",
        "因为", "接受", "出访", "亲切");

    /// <summary>
    /// Characters that never stand in a given name: particles, pronouns and the signs of an office or place. Source:
    /// general knowledge of the language (function words, and the characters of administrative units and offices).
    /// </summary>
    public const string NeverInGivenName = "等的了在是对把被让给说讲称则还又便将已从于着过们这那所而并但或即该各每某此副委省市县局厅党府院组部务镇乡村司办署队会员记席支总位个";

    /// <summary>
    /// Common words whose last character is also a surname (担任, 中国, 这位, 有关, 部门): a name read back from a title
    /// never starts on their last character. Source: general knowledge of the language (frequent words of news).
    /// </summary>
    public static readonly WordList WordsEndingInASurname = new(
        "担任", "主任", "责任", "信任", "中国", "全国", "各国", "两国", "我国", "本国", "外国", "美国", "英国", "法国", "德国", "这位", "各位",
        "单位", "地位", "有关", "机关", "海关", "相关", "部门", "专门", "中文", "英文", "感谢", "水平", "公平", "和平", "不但", "同时", "及时",
        "当时", "小时", "平时", "出席", "主席", "列席", "首席", "来宾", "嘉宾", "大会", "省会", "社会", "都会", "将会", "一向", "面向", "转向",
        "方向", "走向", "趋向", "导向", "志向", "新华", "中华", "繁华", "团结", "联合", "配合", "结合", "综合", "符合", "合作", "工作", "以及",
        "涉及", "普及", "提及", "连同", "共同", "相同", "不同", "如同", "陪同", "协同", "合同", "总理", "处理", "管理", "道理", "办理", "受理",
        "会员国", "成员国", "缔约国", "主席国", "东道国", "理事国", "办公", "学习", "瞻仰", "纪念", "模范", "公司", "交付", "连任", "下任",
        "现任", "前任", "继任", "致谢");

    /// <summary>与, 和, 及: the conjunctions that join the last item of a list (副主任王立新、陈海与刘成). Source: general knowledge of the language.</summary>
    public const string ListJoiners = "与和及";

    /// <summary>Two-character conjunctions that end in a <see cref="ListJoiners"/> character (以及, 并与). Source: general knowledge of the language.</summary>
    public static readonly WordList Conjunctions = new("以及", "并与", "并和");

    /// <summary>
    /// Conjunctions and adverbs that may open a given name (张和国, 沈向民, 王其梅, 杨之华) but never end one (张三和李四):
    /// the <see cref="ListJoiners"/>, a few adverbs (王立新却认为), the adverbial 地 (高兴地说), the verbs of
    /// a credit or a work (王立新译, 陈海画) and the ends of an organisation's name before its post (党校校长, 车间主任).
    /// Source: general knowledge of the language.
    /// </summary>
    public const string NeverEndsGivenName = ListJoiners + "也都就向其之摄为却地译写著读画校厦间厂室店";

    /// <summary>
    /// Common words that read like a surname and a given name (方法, 强调, 来到): never a name on their own. Source:
    /// general knowledge of the language (frequent words whose first character is also a surname).
    /// </summary>
    public static readonly string[] CommonWords =
    {
        "方法", "方面", "方式", "方案", "方向", "方针", "强调", "强化", "来到", "来自", "高度", "全面", "全力", "全体", "同时", "同志", "时间",
        "时期", "安全", "安排", "成功", "成效", "成为", "关于", "关键", "明确", "明显", "平台", "经济", "任务", "于是", "常委", "常务", "严格",
        "文化", "文明", "金融", "万元", "手记", "资料", "党员", "向着", "应当", "应该", "和谐", "从而", "华人", "马上", "路上", "包括", "许多",
        "班子", "郑重", "车票", "支持", "相互", "原本", "那样", "文章", "纪律", "关系", "成名", "申明", "劳保", "战士", "贺词", "干杯", "应约",
        "应有", "都要", "荣获", "盛赞", "关心", "高兴", "连续", "程序", "江河", "方便", "张贴", "严重", "严肃", "曾经", "司机", "常常", "时候",
        "毕业", "温饱", "宁静", "庞大", "于是", "万分", "万一", "元旦", "平安", "安定", "田野", "石油", "金额", "钱财", "向往",
        "宋体", "韩国", "黄金", "白天", "龙头", "凌晨", "余额", "尚未", "甘心", "谷物", "牛奶", "苗头", "柳树", "梅花", "花园", "林业",
        "林场", "水平", "康复", "易于", "齐全", "乔迁", "计划", "计算", "解决", "解放", "管理", "管道", "宣传", "宣布", "房屋", "祝贺",
        "祝愿", "祖国", "包装", "门口", "特别", "白宫", "贺信", "贺电", "利用", "全权", "周年", "许多", "高兴", "时刻", "晋级", "展开", "成绩", "应邀", "公开", "公报", "单位", "修改", "解释", "相信", "满意",
        "明天", "信中", "文中", "连声", "陆续", "谈天", "原名", "原载", "童话", "纪念", "万字", "全国", "全军", "小说", "公园", "基金", "福利",
        "利益", "文学", "文凭", "廉政", "宣誓", "古人", "商人",
    };

    /// <summary>
    /// Words that qualify a title and are no one's name (国家主席, 国防部长, 常务副市长, 党组书记): a name before the
    /// title would read them as a surname and a given name. Source: general knowledge of Chinese and foreign institutions.
    /// </summary>
    public static readonly string[] TitleQualifiers =
    {
        "国家", "国防", "国务", "司法", "公安", "安全", "文化", "高级", "常务", "常任", "常驻", "荣誉", "党组", "党团", "党中央", "支部", "卫生",
        "商务", "计划", "农业", "林业", "水利", "交通", "宣传", "统战", "组织", "外交", "内政", "财政", "经济", "贸易", "能源", "司令部", "政治",
        "行政", "第一", "第二", "第三",
    };

    /// <summary>
    /// Verbs and copulas after which an untitled list of names opens (发言的有张明、李华…): 有, 是, 为 and the
    /// <see cref="ListJoiners"/>. Source: general knowledge of the language.
    /// </summary>
    public const string ListCues = "有是为" + ListJoiners;

    /// <summary>
    /// Words that close an organisation's name: a title after one belongs to the organisation (某某有限公司总经理张三).
    /// Source: general knowledge of the language. Order matters: 有限公司 is looked for before 公司.
    /// </summary>
    public static readonly WordList OrganisationEnds = new("有限公司", "公司", "集团", "医院", "大学", "学校", "银行", "中心", "工厂");

    /// <summary>
    /// Abbreviated institutions of the state and party (人大, 政协, 党委): after a place letter they read like a given
    /// name (区政协), and a title after one compounds it (人大代表). Source: general knowledge of Chinese institutions.
    /// </summary>
    public static readonly WordList Institutions = new("人大", "政协", "党委", "纪委", "政府", "常委");

    /// <summary>Characters that close the name of a body after a title word (代表团, 委员会, 主任组). Source: general knowledge of the language.</summary>
    public const string BodyEnds = "团会处组";

    /// <summary>The meeting word that makes a title word part of a body's name (代表大会). Source: general knowledge of the language.</summary>
    public const string Congress = "大会";

    /// <summary>Characters that close a place name (大连市长海县: 长海县 is a county). Source: general knowledge of Chinese place names.</summary>
    public const string PlaceEnds = "省市县区镇乡村岛港湾路街";

    /// <summary>Characters a run of titles before a name never contains: particles, prepositions and verbs of speech. Source: general knowledge of the language.</summary>
    public const string TitleStops = "的由是在和与及为对向把被让请同了将从于着说讲";

    /// <summary>Verbs that close a run of names in a kicker line (王立新陈海出席). Source: news style of kicker and deck lines.</summary>
    public static readonly WordList RunTogetherVerbs = new("出席", "参加", "主持", "陪同", "作重要讲话", "讲话", "会见", "看望");

    /// <summary>Words after which a run of names may begin inside one unpunctuated line. Source: news style of kicker and deck lines.</summary>
    public static readonly WordList RunTogetherOpeners = new("讲话", "出席", "召开", "会议", "主持", "参加", "陪同", "并");
}
