using System.Linq;
using NewsContent.Generator.Parsing.Dates;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// The words the meeting rules read, in one place. Each list says where it comes from: general knowledge of written
/// Chinese, or of the genre (Chinese news reports of official meetings). Order matters where a rule takes the first
/// word that matches; the note says so.
/// </summary>
internal static class MeetingVocabulary
{
    /// <summary>召开: "convened", the verb that reports a meeting held with the meeting as object. Source: the language.</summary>
    public const string Convene = "召开";

    /// <summary>主持: "presided over"; the name before it is the chair. Source: the genre.</summary>
    public const string Chair = "主持";

    /// <summary>会议由…主持: the chair named after the meeting. Source: the genre.</summary>
    public const string ChairedBy = "会议由";

    /// <summary>了: the perfective particle after a verb (召开了), skipped to reach its object. Source: the language.</summary>
    public const char Perfective = '了';

    /// <summary>暨: "and also", joining the names of meetings held as one sitting. Source: the genre.</summary>
    public const char JointSitting = '暨';

    /// <summary>
    /// Verbs whose subject is the meeting held, opened or closed: X举行, X开幕, X落下帷幕 ("the curtain fell": closed).
    /// Source: the language.
    /// </summary>
    public static readonly string[] SubjectVerbs = { Hold, "举办", "开幕", "闭幕", "落下帷幕", "落幕" };

    /// <summary>举行: "held"; its subject is the meeting (X举行), or the body holding the kinds of <see cref="HeldObjectEnds"/>. Source: the language.</summary>
    public const string Hold = "举行";

    /// <summary>
    /// Kinds of meeting a body is said to hold with 举行 before them (市政府新闻办举行新闻发布会, 市政协举行座谈会, 两市举行签约仪式):
    /// press conferences, ceremonies, forums and symposiums. A gathering (举行招待会 with songs) is not read there. Source: the genre.
    /// </summary>
    public static readonly string[] HeldObjectEnds = { "发布会", "记者会", "吹风会", "通气会", "仪式", "典礼", "论坛", "座谈会", "研讨会" };

    /// <summary>Verbs of taking part; the people named before them attend, the meeting after them was held. Source: the genre.</summary>
    public static readonly string[] AttendVerbs = { "出席", "参加", "列席", "收听收看", "到会", "参会", "就座", "回答记者提问" };

    /// <summary>
    /// Verbs of taking part whose people are listed after them (在主席台就座的还有X、Y; 相继发言的，有X、Y): the verb, 的, perhaps
    /// 还, 有, then the names. Source: the genre.
    /// </summary>
    public static readonly string[] ListedAttendanceVerbs = { "出席", "参加", "列席", "就座", "发言", "讲话", "与会" };

    /// <summary>Events that are not meetings (出席了相关活动, 参加宴会): the people attending them are not the meeting's. Source: the language.</summary>
    public static readonly string[] OtherEvents = { "活动", "宴会", "晚宴", "比赛", "演出", "展览", "展会" };

    /// <summary>Words that credit the name after them with the report or the picture (记者X报道, 通讯员X). Source: the genre.</summary>
    public static readonly string[] CreditWords = { "记者", "通讯员", "摄影" };

    /// <summary>Brackets that hold a credit or an aside ((记者 X), （下转第2版）). Source: the language.</summary>
    public static readonly char[] OpenBrackets = { '（', '(' };

    /// <inheritdoc cref="OpenBrackets"/>
    public static readonly char[] CloseBrackets = { '）', ')' };

    /// <summary>Words of a speech given at a meeting (在Y上讲话, ——X在Y上的发言); the speaker attends. Source: the genre.</summary>
    public static readonly string[] SpeechWords = { "讲话", "发言", "致辞", "致词" };

    /// <summary>The dash opening a deck line (——X在Y上的发言): the line names the piece printed below it. Source: the genre.</summary>
    public const string DeckDash = "—";

    /// <summary>
    /// Verbs that refer to a meeting's outcome rather than report it (学习X在Y上的讲话, 贯彻…会议精神): the meeting was held
    /// elsewhere and earlier. Source: the genre.
    /// </summary>
    public static readonly string[] ReferringVerbs = { "学习", "贯彻", "落实", "按照", "根据", "依据", "遵照", "传达", "领会" };

    /// <summary>Verbs of a meeting reviewing a document (审议通过《…》); the first one a sentence holds is read, so longer forms come first. Source: the genre.</summary>
    public static readonly string[] ReviewVerbs = { "审议通过", "审议并原则通过", "原则通过", "审议了", "审议", "通过了" };

    /// <summary>What may stand between two reviewed documents of one list (《A》和《B》). Source: the language.</summary>
    public static readonly string[] DocumentListJoiners = { "和", "及", "、", "以及" };

    /// <summary>What joins a last, unquoted document to the list (《A》和B). Source: the language.</summary>
    public static readonly string[] DocumentTailJoiners = { "和", "及", "以及" };

    /// <summary>What a meeting's name ends with: the kinds of meeting. Source: the genre.</summary>
    public static readonly string[] MeetingEnds =
    {
        "会议", "座谈会", "推进会", "现场会", "常委会", "全会", "大会", "例会", "峰会", "论坛", "研讨会", "动员会", "部署会", "调度会", "视频会",
        "联席会", "交流会", "报告会", "分析会", "观摩会", "恳谈会", "协商会", "听证会", "发布会", "洽谈会", "表彰会", "务虚会", "会商会", "会报", "茶话会", "团拜会", "招待会", "见面会", "安排会", "协调会", "汇报会", "推介会",
        "培训会", "评审会", "年会",

        // Press conferences, briefings, ceremonies and a general debate, reported as held like any sitting
        // (新闻发布会, 吹风会, 签约仪式, 颁奖典礼, 开幕式, 联合国大会一般性辩论).
        "记者会", "吹风会", "通气会", "仪式", "典礼", "开幕式", "闭幕式", "一般性辩论",
    };

    /// <summary>Ends that say nothing about which meeting when they stand alone (会议, 大会); the other ends name one even alone (座谈会). Source: the genre.</summary>
    public static readonly string[] VagueEnds = { "会议", "大会", "全会", "常委会", "例会", "会报" };

    /// <summary>
    /// Whole names that say only which part of an event they are (出席开幕仪式 of a games or a fair): the event is named
    /// elsewhere, and it need not be a meeting. Source: the genre.
    /// </summary>
    public static readonly string[] VagueNames = { "开幕仪式", "闭幕仪式", "开幕式", "闭幕式", "仪式", "典礼", "颁奖仪式", "颁奖典礼" };

    /// <summary>Words before a verb that make the meeting planned, not held (决定8月7日召开, 将于…举行). Source: the language.</summary>
    public static readonly string[] PlanMarkers = { "决定", "即将", "将于", "将", "拟于", "拟", "定于", "计划", "准备", "提请", "筹备" };

    /// <summary>Words anywhere earlier in a sentence that make a later meeting a decision, not a report (会议决定，X…举行). Source: the genre.</summary>
    public static readonly string[] DecisionMarkers = { "决定", "定于", "拟于", "将于", "提请", "即将" };

    /// <summary>Words of an action (出席, 讲话) or a venue (分会场): a run holding them is not a meeting's name. Source: the genre.</summary>
    public static readonly string[] Actions = { "出席", "参加", "列席", "讲话", "主持", "分会场" };

    /// <summary>Demonstratives: 这项会报, 该会议 point back to a meeting rather than name it. Source: the language.</summary>
    public static readonly string[] Demonstratives = { "这", "该", "此", "本", "上述", "那" };

    /// <summary>Digits a session number (第167次, 第十三次) is written with. Source: the language.</summary>
    public const string SessionDigits = "0-9０-９一二三四五六七八九十百零〇";

    /// <summary>
    /// Kinds of sitting that end a name found held after its subject (X举行全体会议, X召开扩大会议; 县政协X届X次会议先期召开预备会议:
    /// a session's preparatory meeting is named by the session). Source: the genre.
    /// </summary>
    public static readonly string[] HeldSittingKinds = { "全体", "常务", "专题", "扩大", "主席团", "预备" };

    /// <summary>Kinds of sitting cut with the session tail to get a name's core (市委第3次全体会议 -> 市委). Source: the genre.</summary>
    public static readonly string[] CoreSittingKinds = { "全体", "常务", "专题" };

    /// <summary>
    /// Time or manner words that may open a clause before its subject (昨天, 刚刚): the time words of
    /// <see cref="DateVocabulary.TimeWords"/>, then manner words, longer forms before their prefixes. Source: the language.
    /// </summary>
    public static readonly string[] ClauseLeadWords = DateVocabulary.TimeWords.Concat(new[] { "刚刚", "刚", "已经", "已", "随后" }).ToArray();

    /// <summary>
    /// Time, manner and place words that may close a subject before its verb (…先后召开, …于昨天在京举行), not part of
    /// the meeting's name: a range word, the time words of <see cref="DateVocabulary.TimeWords"/>, then manner and place words,
    /// longer forms before their prefixes. Source: the language, and 在京 ("in Beijing") from the genre.
    /// </summary>
    public static readonly string[] SubjectTailWords = new[] { "至", "到" }.Concat(DateVocabulary.TimeWords).Concat(new[]
    {
        // 晚 ("in the evening") only closes a subject: opening one it may begin a name (晚会).
        "晚", "先后", "相继", "接连", "陆续", "先期", "分别", "隆重", "顺利", "正式", "同时", "也", "已", "在京",
    }).ToArray();

    /// <summary>
    /// What may end a subject as the manner of holding a meeting (…以视频形式召开, …以电视电话会议方式举行): 以 or 通过,
    /// then a short phrase, then 形式 or 方式. Source: the language.
    /// </summary>
    public static readonly string[] MannerOpeners = { "以", "通过" };

    /// <inheritdoc cref="MannerOpeners"/>
    public static readonly string[] MannerEnds = { "形式", "方式" };

    /// <summary>
    /// Words before a verb that recall a meeting held earlier rather than report it (前不久召开的X, 此前举行的X): the
    /// report is of something else, the meeting is referred to. Source: the language.
    /// </summary>
    public static readonly string[] RecallMarkers = { "前不久", "不久前", "此前", "先前", "上次", "上一次" };

    /// <summary>
    /// Words right before 召开/举行 that make it part of a document's title (关于召开X的决定, 关于举行X的通知): the meeting
    /// is the document's subject, not reported as held. Source: the genre.
    /// </summary>
    public static readonly string[] TitleOpeners = { "关于" };

    /// <summary>
    /// Words right before 召开/举行 that make the meeting a means (通过召开党组会议等形式传达学习): meetings of a kind,
    /// not one reported as held. Source: the language.
    /// </summary>
    public static readonly string[] MeansOpeners = { "通过" };

    /// <summary>
    /// Counts that open a short owner standing for owners listed in the full name (两区 for 南湖区、西湖区; 两市, 双方).
    /// Source: the language.
    /// </summary>
    public static readonly string[] OwnerCounts = { "两", "双", "三", "四", "各" };

    /// <summary>
    /// What ends a report or statement made at the meeting (作政府工作报告, 作工作报告并讲话, 就…作说明): the person making it
    /// takes part. Source: the genre.
    /// </summary>
    public static readonly string[] ReportEnds = { "报告", "说明", "讲话", "发言" };

    /// <summary>
    /// Prepositions of purpose opening a subject (为大会正式开幕作准备): the clause says what is being prepared for, not
    /// what was held. Source: the language.
    /// </summary>
    public static readonly string[] PurposeOpeners = { "为了", "为" };

    /// <summary>Words between co-chairs and 主持 that say they chaired together or in turn (X、Y共同主持, 先后主持). Source: the genre.</summary>
    public static readonly string[] JointChairWords = { "共同", "先后", "轮流", "联合" };

    /// <summary>Head counts that may follow a list of co-chairs (X、Y两人共同主持). Source: the language.</summary>
    public static readonly string[] ChairHeadCounts = { "两人", "二人", "三人", "四人", "双方" };

    /// <summary>What joins two names of one list of chairs (X、Y, X和Y, X与Y, X及Y). Source: the language.</summary>
    public const string NameJoiners = "、和与及";

    /// <summary>主持人: "the person presiding"; the names come after it (会议主持人：X). Source: the genre.</summary>
    public const string ChairNoun = "主持人";

    /// <summary>执行主席: the presidium's chairs of a plenary sitting, named after it (担任会议执行主席的是：X、Y). Source: the genre.</summary>
    public const string ExecutiveChair = "执行主席";

    /// <summary>Words between a chair noun and its names (主持人为X, 执行主席的是：X). Source: the language.</summary>
    public static readonly string[] NamesIntroducers = { "的是", "是", "为", "：", ":" };
}
