using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// The words the foreign-name rules read: the characters used to write foreign names, the dots between their parts,
/// and the names of countries, regions and capitals that are written with the same characters but are not people.
/// None of these is a person's name.
/// </summary>
internal static class ForeignNameVocabulary
{
    /// <summary>
    /// The characters Chinese uses to transliterate foreign personal names. Source: the syllable-to-character tables of
    /// the national transliteration standard (GB/T 17693, 外语地名汉字译写导则, its English, French, German, Russian,
    /// Spanish and Arabic parts) and of Xinhua's 世界人名翻译大辞典 (译音表), plus the characters of the minority-name
    /// tables (维吾尔语、藏语人名汉字音译). Characters that are mostly function words or common verbs there (在, 和, 的,
    /// 以, 于, 大, 美, 文) are left out: they end a run rather than continue it. The set was compiled by the team from
    /// those tables' syllable rows and has not yet been checked character by character against a printed edition: a
    /// missing character ends a run early (the name is cut or missed), an extra one lets a run go on into the next word.
    /// </summary>
    public const string TransliterationCharacters =
        "阿埃艾爱安昂奥巴拔拜班邦保鲍贝本比彼毕边别宾滨波伯泊勃博卜布查察昌彻楚茨措达戴丹道德登迪笛蒂底丁顿多厄恩"
        + "尔法凡梵菲费芬丰冯弗伏福富伽盖甘冈戈哥格根贡古瓜圭哈海亥汉豪赫亨洪侯胡华怀霍基吉加贾嘉杰捷津久居卡凯坎康"
        + "考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾累黎里利莉丽连列林琳铃留柳隆卢鲁陆路伦罗洛马玛迈麦曼芒毛梅门蒙"
        + "孟米密缅摩莫默姆穆纳娜奈南瑙内妮尼涅宁纽努诺欧帕派潘庞佩彭蓬皮匹珀坡普齐奇恰钱乔切钦琴琼丘屈热茹瑞若萨塞"
        + "赛桑瑟森沙莎山尚舍申什施史舒斯松苏索塔泰坦汤唐特滕提廷通图土托瓦万旺威韦维卫温沃乌伍武西希锡夏谢辛欣休许"
        + "雅亚延扬耶叶伊依易因英尤约泽扎詹朱兹佐买吐孜汗合木茜薇黛娅露丝芭琪夫罕翰逊治敦廉杜汀娃芙珊萝喀席各纪金";

    /// <summary>
    /// Dots that join the parts of a foreign or minority name (玛丽亚·桑托斯 is one name): the middle dot, the katakana
    /// middle dot, the bullet, the hyphenation point and their full-width and half-width forms. Source: Unicode.
    /// </summary>
    public const string NameDots = "·・•‧･∙⋅";

    /// <summary>
    /// Particles, joiners and verbs of meeting after which a name opens (会见了…, …和…). Source: general knowledge of the
    /// language.
    /// </summary>
    public const string NameOpeners = "的了和与及同由对向给是为见";

    /// <summary>
    /// The last characters of nouns of a person (金融家, 美国人, 作者, 选手, 总长, 渔民): a dotted name may stand right after
    /// them. Source: general knowledge of the language (agent suffixes of word formation).
    /// </summary>
    public const string AgentNounEnds = "家人者手员长官师生民";

    /// <summary>
    /// How many characters a foreign name has at most (with its dots): the longest run read as one name. Longer runs of
    /// transliteration characters are sentences that happen to use them.
    /// </summary>
    public const int LongestForeignName = 16;

    /// <summary>
    /// Characters that make a run of transliteration characters a place, a people, a language or a body rather than a
    /// person (阿拉伯国家, 斯拉夫人, 加勒比海). Source: general knowledge of the language.
    /// </summary>
    public const string NotPersonEnds = "国省州市县城镇村岛湾港河湖山洲族语人队党军部会厅局社团区街路";

    /// <summary>
    /// Countries, regions, capitals and large cities as Chinese news writes them: they are written with transliteration
    /// characters and must not be read as people (俄罗斯总统…, 阿尔巴尼亚、罗马尼亚). Source: general knowledge of the
    /// language (the 世界地名 of Chinese atlases and the standard short names of states).
    /// </summary>
    public static readonly WordList Places = WordList.LongestFirst(
        "俄罗斯", "美利坚", "加拿大", "墨西哥", "古巴", "巴西", "阿根廷", "智利", "秘鲁", "哥伦比亚", "委内瑞拉", "玻利维亚", "乌拉圭", "巴拉圭",
        "厄瓜多尔", "巴拿马", "哥斯达黎加", "尼加拉瓜", "危地马拉", "洪都拉斯", "萨尔瓦多", "牙买加", "海地", "多米尼加", "澳大利亚", "新西兰",
        "斐济", "印度", "印度尼西亚", "马来西亚", "新加坡", "泰国", "越南", "老挝", "柬埔寨", "缅甸", "菲律宾", "文莱", "蒙古", "朝鲜", "韩国",
        "日本", "尼泊尔", "不丹", "孟加拉", "斯里兰卡", "马尔代夫", "巴基斯坦", "阿富汗", "伊朗", "伊拉克", "叙利亚", "约旦", "黎巴嫩",
        "以色列", "巴勒斯坦", "沙特阿拉伯", "沙特", "科威特", "卡塔尔", "巴林", "阿曼", "也门", "阿联酋", "土耳其", "塞浦路斯", "埃及", "利比亚",
        "突尼斯", "阿尔及利亚", "摩洛哥", "苏丹", "埃塞俄比亚", "索马里", "肯尼亚", "坦桑尼亚", "乌干达", "卢旺达", "布隆迪", "刚果", "扎伊尔",
        "安哥拉", "赞比亚", "津巴布韦", "莫桑比克", "马达加斯加", "纳米比亚", "博茨瓦纳", "南非", "尼日利亚", "尼日尔", "加纳", "科特迪瓦",
        "塞内加尔", "马里", "几内亚", "喀麦隆", "加蓬", "乍得", "毛里塔尼亚", "利比里亚", "塞拉利昂", "贝宁", "多哥", "布基纳法索", "英国",
        "法国", "德国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "卢森堡", "瑞士", "奥地利", "匈牙利", "捷克", "斯洛伐克", "波兰",
        "罗马尼亚", "保加利亚", "南斯拉夫", "塞尔维亚", "黑山", "克罗地亚", "斯洛文尼亚", "波黑", "波斯尼亚", "马其顿", "阿尔巴尼亚", "希腊",
        "丹麦", "挪威", "瑞典", "芬兰", "冰岛", "爱尔兰", "爱沙尼亚", "拉脱维亚", "立陶宛", "乌克兰", "白俄罗斯", "摩尔多瓦", "格鲁吉亚",
        "亚美尼亚", "阿塞拜疆", "哈萨克斯坦", "乌兹别克斯坦", "塔吉克斯坦", "吉尔吉斯斯坦", "吉尔吉斯", "土库曼斯坦", "梵蒂冈", "摩纳哥",
        "马耳他", "欧洲", "亚洲", "非洲", "美洲", "拉丁美洲", "拉美", "大洋洲", "阿拉伯", "欧盟", "北约", "东盟", "华盛顿", "莫斯科", "伦敦",
        "巴黎", "柏林", "罗马", "马德里", "布鲁塞尔", "日内瓦", "维也纳", "纽约", "东京", "汉城", "曼谷", "雅加达", "新德里", "伊斯兰堡",
        "德黑兰", "巴格达", "大马士革", "安曼", "开罗", "耶路撒冷", "特拉维夫", "加沙", "贝鲁特", "安卡拉", "雅典", "华沙", "布拉格",
        "布达佩斯", "贝尔格莱德", "萨拉热窝", "基辅", "明斯克", "阿拉木图", "塔什干", "杜尚别", "比什凯克", "哈瓦那", "巴西利亚",
        "布宜诺斯艾利斯", "利马", "圣地亚哥", "加拉加斯", "渥太华", "堪培拉", "悉尼", "惠灵顿", "马尼拉", "河内", "金边", "万象", "仰光",
        "达卡", "科伦坡", "加德满都", "喀布尔", "利雅得", "多哈", "马斯喀特", "萨那", "内罗毕", "约翰内斯堡", "比勒陀利亚", "拉各斯",
        "阿尔及尔", "拉巴特", "的黎波里", "喀土穆", "亚的斯亚贝巴", "哈拉雷", "卢萨卡", "斯德哥尔摩", "奥斯陆", "哥本哈根", "赫尔辛基", "都柏林",
        "里斯本", "阿姆斯特丹", "海牙", "伯尔尼", "波恩", "法兰克福", "慕尼黑", "汉堡", "米兰", "威尼斯", "马赛", "里昂", "曼彻斯特", "利物浦",
        "洛杉矶", "芝加哥", "旧金山", "休斯敦", "波士顿", "费城", "底特律", "西雅图", "迈阿密", "达沃斯", "代顿", "加利福尼亚", "得克萨斯",
        "佛罗里达", "夏威夷", "阿拉斯加", "西伯利亚", "车臣", "科索沃", "克里米亚", "魁北克", "安大略", "北爱尔兰", "苏格兰", "威尔士", "英格兰",
        "巴伐利亚", "库尔德", "波斯湾", "海湾", "地中海", "大西洋", "太平洋", "印度洋", "多瑙河", "莱茵河", "密西西比", "亚马孙", "喜马拉雅",
        "阿尔卑斯", "香港", "澳门", "台湾", "西藏", "新疆", "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
        "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "宁夏", "乌鲁木齐", "呼和浩特", "哈尔滨", "齐齐哈尔", "喀什", "拉萨", "日喀则", "伊犁",
        "阿勒泰", "克拉玛依", "吐鲁番", "哈密", "库尔勒", "阿克苏", "塔城", "博尔塔拉", "巴音郭楞", "满洲里", "海拉尔", "鄂尔多斯", "锡林郭勒",
        "呼伦贝尔", "阿拉善", "西双版纳", "香格里拉", "雅鲁藏布", "塔里木", "准噶尔", "柴达木", "格尔木", "那曲", "林芝", "昌都", "阿坝", "甘孜",
        "迪庆", "德宏", "延边", "图们", "珲春", "西安", "延安", "泰安", "丹东", "海南", "海口", "三亚", "西宁", "兰州", "武汉", "南宁", "福州",
        "杭州", "苏州", "广州", "深圳", "珠海", "汕头", "厦门", "泉州", "温州", "宁波", "上海", "重庆", "南京", "济南", "青岛",
        "沈阳", "大连", "长春", "太原", "郑州", "合肥", "南昌", "长沙", "成都", "贵阳", "昆明", "银川", "石家庄", "保定", "唐山", "邯郸", "洛阳", "蒙古族", "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克", "塔塔尔");

    /// <summary>
    /// Posts and roles news prints before a foreign person (国王西哈努克, 众议员…, 名将…). They are titles for
    /// Chinese names too. Source: general knowledge of the language (diplomatic, royal, parliamentary and sports usage).
    /// </summary>
    public static readonly string[] ForeignRoles =
    {
        "国王", "王后", "女王", "王子", "公主", "亲王", "首脑", "领导人", "国务卿", "大臣", "特使", "公使", "参赞", "领事", "总督", "议员", "众议员",
        "参议员", "主教", "助理", "顾问", "选手", "名将", "好手", "球星", "歌手", "导演", "夫人",
    };
}
