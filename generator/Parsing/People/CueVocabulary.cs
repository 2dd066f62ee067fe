using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// The cues that mark a name no official title announces: credits, notes, verbs of naming, works, counts and roles.
/// Each list names its source; none of these is a name, place or number of any page.
/// </summary>
internal static class CueVocabulary
{
    /// <summary>The spaces that part names in credits and bylines (本报记者　王立新　陈海). Source: the typography of Chinese newspapers.</summary>
    public const string NameSpaces = " \u3000";

    /// <summary>
    /// What closes a picture or text credit in brackets after the names it credits (（王立新摄）, （李春华　绘）). Source:
    /// the credit lines of Chinese newspapers (摄 photograph, 摄影, 绘/画 drawing, 书 calligraphy, 刻 seal or print, 作 work).
    /// </summary>
    public static readonly WordList CreditSuffixes = new("摄影", "摄", "绘", "画", "书", "刻", "作", "制图", "图");

    /// <summary>
    /// What closes the place a reader signs a letter from, before the name (（河北保定市李春华）). Source: general
    /// knowledge of Chinese administrative units.
    /// </summary>
    public static readonly char[] ReaderPlaceEnds = { '省', '市', '县', '区', '镇', '乡', '村' };

    /// <summary>
    /// Suffixes that make a noun a person's role or trade (饲养员, 订户; 家, 师 and 官 close as many other words: 国家, 师范, 官方). Source: general knowledge
    /// of the language (the agent suffixes of word formation).
    /// </summary>
    public const string AgentSuffixes = "员户";

    /// <summary>Determiners and numerals that make 户 or 员 a count, not a role (每户, 各户, 一员). Source: general knowledge of the language.</summary>
    public const string Determiners = "每各一两几数多全本该此某千万";

    /// <summary>
    /// What closes a list of people after its last name (陈海、王立新等新人, 张明、李华两位): 等 and the counts of
    /// people. Source: general knowledge of the language.
    /// </summary>
    public static readonly WordList ListEnds = new("等", "两位", "二位", "三位", "四位", "两人", "二人", "三人", "四人", "同志");

    /// <summary>
    /// Verbs that name the person after them: electing and appointing (选举王立新为市长), and naming (名叫陈海). Source:
    /// general knowledge of the language (the verbs of the reports of elections and appointments, and of naming).
    /// </summary>
    public static readonly WordList NamingVerbs = new("选举", "任命", "推选", "推举", "增补", "补选", "名叫", "叫做", "取名");

    /// <summary>
    /// What follows a person's name inside the title of their collected works or life (《王立新文选》, 《陈海传》).
    /// Source: general knowledge of the language (the names of the kinds of collected editions and biographies).
    /// </summary>
    public static readonly WordList CollectedWorks = WordList.LongestFirst(
        "文选", "选集", "文集", "全集", "诗选", "诗集", "诗词选", "诗词集", "年谱", "评传", "自传", "传", "日记", "书信集", "书信选", "论文集",
        "著作选读", "画集", "画册", "书法集", "作品集", "作品选", "军事文选", "手迹", "故居", "纪念馆");

    /// <summary>What follows an author's name before the work (王立新的《春天》). Source: general knowledge of the language.</summary>
    public static readonly WordList WorkMarks = new("的《", "的新作《", "的长篇小说《", "的散文《", "的诗《", "主编的《", "编著的《", "著《", "《");
}
