using System.Collections.Generic;
using System.Linq;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// The words of page layout, bylines and credits, as named lists the layout rules compose (Recognizers-Text style:
/// the rules refer to the lists by name, the lists say where their words come from). A word added here reaches
/// every rule that reads its list.
/// </summary>
internal static class LayoutVocabulary
{
    /// <summary>Labels of the meta lines a news site prints around an article: when, from where, who edited, how often read. Source: the genre (the CMS templates of Chinese news sites and e-papers).</summary>
    public static readonly string[] MetaLabels =
    {
        "发布日期", "发布时间", "发稿时间", "刊发日期", "更新时间", "日期", "时间", "来源", "信息来源", "稿件来源", "文章来源", "编辑", "责任编辑", "责编",
        "审核", "校对", "作者", "浏览次数", "浏览量", "阅读次数", "阅读", "点击", "点击数",
        // The page's own editors, printed under its last piece (本版 = this page): the page's, not the piece's.
        "本版责任编辑", "本版编辑",
    };

    /// <summary>Page controls and navigation of a news site or e-paper reader. Source: the genre (site and e-paper templates).</summary>
    public static readonly string[] PageControls =
    {
        "字号", "字体", "打印", "关闭", "分享至", "分享到", "分享", "首页", "当前位置", "您当前的位置", "您的位置", "返回", "上一篇", "下一篇", "上一版", "下一版", "当前版",
    };

    /// <summary>Headers of the related-reading lists around an article. Source: the genre (site templates).</summary>
    public static readonly string[] RelatedReading = { "相关阅读", "相关新闻", "新闻推荐", "推荐阅读", "热点推荐", "延伸阅读", "往期阅读", "往期回顾", "标签阅读", "关键词", "标签" };

    /// <summary>Site widgets and column labels. Source: the genre (site templates, archive column headers).</summary>
    public static readonly string[] SiteWidgets =
    {
        "扫一扫", "版权所有", "天气预报", "今天是", "专栏", "栏目", "本版新闻列表", "新闻列表", "新媒体矩阵", "网友评论", "最新评论", "我要评论", "发表评论",
        "广告", "推广",
    };

    /// <summary>Words that close the bracketed note naming an artwork's maker (（王建国画）, （李春华书）, （张明篆刻）). Source: the genre (art and literary supplements).</summary>
    public static readonly string[] ArtworkSuffixes = { "篆刻", "画", "书", "刻", "作" };

    /// <summary>
    /// The media an artwork printed on a page is named by, in brackets after its title (迎春（中国画）, 山村（速写）), longest
    /// first where one holds another. Source: the genre names of Chinese art (painting, calligraphy, seal carving,
    /// print making, sculpture) as art supplements caption them.
    /// </summary>
    public static readonly string[] ArtworkMedia =
    {
        "中国画", "水墨画", "彩墨画", "工笔画", "山水画", "花鸟画", "农民画", "手指画", "宣传画", "连环画", "水彩画", "油画", "国画", "版画", "年画",
        "漫画", "素描", "速写", "水彩", "水粉", "书法", "篆刻", "剪纸", "木刻", "雕塑", "木雕", "石雕", "泥塑", "石膏", "刺绣",
    };

    /// <summary>
    /// Titles a page gives a standing piece of its own (a box of news photos, the weather, a note to readers): a line that
    /// is such a title, perhaps with a bracketed date after it, opens a piece. Source: the genre (standing column titles of
    /// Chinese dailies).
    /// </summary>
    public static readonly string[] PieceLabels = { "图片新闻", "新闻图片", "气象预报", "天气预报", "致读者", "补充说明", "更正", "启事" };

    /// <summary>
    /// Words of the bracketed note that closes a piece after its last sentence (（新华社发美联社照片）, （均据新华社）,
    /// （作者为…）, （本报记者摄）): its source, author or picture. Source: the genre (closing notes as dailies print them).
    /// </summary>
    public static readonly string[] ClosingNoteWords = { "新华社", "中新社", "本报", "本栏", "作者", "照片", "图片", "摄", "供稿", "据", "发布" };

    /// <summary>
    /// Last words of a place or a unit, before the name in a writer's signature (…县城关镇王建国, …化工厂李春华).
    /// Source: the suffixes of administrative divisions (GB/T 2260: 省, 市, 县, 区, 州, 旗, 镇, 乡, 村) and the common
    /// words for a work unit (厂, 公司, 局, 院, 校 …).
    /// </summary>
    public static readonly string[] PlaceAndUnitEndings =
    {
        "省", "市", "县", "区", "州", "旗", "镇", "乡", "村", "街道",
        "厂", "公司", "局", "厅", "处", "院", "所", "校", "部", "站", "队", "办", "委", "会", "中心", "信箱", "矿", "场", "店", "室", "科", "团",
    };

    /// <summary>
    /// Phrases of a news site's comment box and account controls, read anywhere in a short line (共有 0 位网友发表了评论,
    /// 匿名发表 提交). Source: the genre (site templates of Chinese news portals).
    /// </summary>
    public static readonly string[] CommentWidgets = { "位网友发表了评论", "网友发表了评论", "发表评论", "匿名发表", "我要评论", "登录后发表" };

    /// <summary>Marks of a site's footer and its copyright notice, read anywhere in a line without a sentence (Copyright ©, ICP备, 未经授权 禁止转载). Source: the genre (site templates; the ICP licence number every Chinese site must show).</summary>
    public static readonly string[] FooterMarks = { "Copyright", "©", "All Rights Reserved", "ICP备", "版权所有", "未经协议授权", "未经授权", "禁止转载", "禁止下载" };

    /// <summary>Every label that opens a line of page furniture (a label, then a separator or the line's end).</summary>
    public static readonly string[] LeadingLabels = MetaLabels.Concat(PageControls).Concat(RelatedReading).Concat(SiteWidgets).ToArray();

    /// <summary>The role words of a reporter's byline, before the names (记者 张三, 通讯员 李四). Source: the genre (bylines as Chinese papers print them).</summary>
    public static readonly string[] ReporterRoles = { "记者", "通讯员" };

    /// <summary>
    /// What may stand before a reporter's role word: the paper, the desk, the rank or the contract (本报记者, 融媒体记者,
    /// 首席记者, 特约记者, 本报通讯员), longest first where one holds another. Source: the genre (bylines as Chinese papers print them).
    /// </summary>
    public static readonly string[] ReporterRanks = { "本报", "本刊", "融媒体", "融媒", "全媒体", "首席", "见习", "实习", "特约" };

    /// <summary>News agencies whose reporters a lead names after the dateline (新华社记者 张三). Source: the genre (China's national news agencies).</summary>
    public static readonly string[] NewsAgencies = { "新华社", "中新社" };

    /// <summary>The signatures of an editorial or commentary (本报评论员), longest first. Source: the genre.</summary>
    public static readonly string[] CommentarySignatures = { "本报特约评论员", "本报评论员", "特约评论员", "评论员" };

    /// <summary>Every reporter title a byline may print: each rank before each role word (本报记者, 特约通讯员), then the bare role words.</summary>
    public static readonly string[] ReporterTitles = ReporterRanks.SelectMany(rank => ReporterRoles.Select(role => rank + role)).Concat(ReporterRoles).ToArray();

    /// <summary>The roles a byline names before or after a name, longest first where one holds another. Source: the genre (bylines and credits as Chinese papers print them).</summary>
    public static readonly string[] BylineRoles = CommentarySignatures.Concat(ReporterTitles).Concat(new[]
    {
        "实习生", "参与采写", "参与报道", "责任编辑", "编辑", "校对", "摄影", "制图", "绘图", "供图",
        "配图", "资料图片", "资料照片", "资料图", "视频截图", "照片", "图片", "版式设计", "美术编辑", "设计", "数据来源", "资料来源", "来源", "整理", "摄", "文/图", "文／图", "图/文", "文/", "文／", "图/", "撰文", "作者", "报道", "本报",
    }).ToArray();

    /// <summary>Labels that open a credit line (制图：…, 来源：…). Source: the genre.</summary>
    public static readonly string[] CreditLabels =
    {
        "制图", "绘图", "摄影", "图片", "供图", "配图", "图", "摄", "数据来源", "资料来源", "来源", "图表", "版式设计", "美术编辑", "设计", "视频", "拍摄", "责任编辑", "编辑", "责任校对", "校对",
    };

    /// <summary>Words that close a credit after the names (张三摄, 李四整理). Source: the genre.</summary>
    public static readonly string[] CreditSuffixes = { "摄影", "摄", "供图", "制图", "参与采写", "参与报道", "整理" };

    /// <summary>The words as one regex alternation, in list order (the words hold no regex syntax).</summary>
    public static string Alternation(IEnumerable<string> words) => string.Join("|", words);

    /// <summary>The words as one regex alternation that also matches them letter-spaced for layout (通 讯 员), with <paramref name="gap"/> between letters.</summary>
    public static string SpacedAlternation(IEnumerable<string> words, string gap) =>
        string.Join("|", words.Select(word => string.Join(gap, word.Select(c => System.Text.RegularExpressions.Regex.Escape(c.ToString())))));
}
