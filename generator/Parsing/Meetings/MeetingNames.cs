using System;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>How meeting names are compared, combined and recognised.</summary>
internal static class MeetingNames
{
    private static readonly Regex OrdinalRegex = new("第(?<n>[0-9０-９一二三四五六七八九十百零〇]{1,6})次", RegexOptions.CultureInvariant);
    private static readonly Regex TailRegex = new("(?:[（(][^）)]{1,8}[）)])?(?:第[0-9０-９一二三四五六七八九十百零〇]{1,6}次)?(?:全体|常务|专题)?(?:会议|会)$", RegexOptions.CultureInvariant);
    private static readonly string[] MeetingEnds =
    {
        "会议", "座谈会", "推进会", "现场会", "常委会", "全会", "大会", "例会", "峰会", "论坛", "研讨会", "动员会", "部署会", "调度会", "视频会",
        "联席会", "交流会", "报告会", "分析会", "观摩会", "恳谈会", "协商会", "听证会", "发布会", "洽谈会", "表彰会", "务虚会", "会商会", "会报", "茶话会", "团拜会", "招待会", "见面会", "安排会", "协调会", "汇报会", "推介会",
        "培训会", "评审会", "年会",
    };

    /// <summary>Ends that name a meeting even alone (座谈会); 会议 and 大会 alone say nothing about which meeting.</summary>
    private static readonly string[] VagueEnds = { "会议", "大会", "全会", "常委会", "例会", "会报" };

    /// <summary>A clause's head that is time or manner: 昨天, 2月17日上午, 刚刚.</summary>
    private static readonly Regex SubjectLeadRegex = new(
        "^(?:[0-9０-９〇○零一二三四五六七八九十两]{1,4}(?:年|月|日|时|点|号|分)|上午|下午|晚上|早上|中午|今天|昨天|今日|昨日|日前|近日|近期|刚刚|刚|已经|已|随后|当天|同日|[ \\t\\u3000])+",
        RegexOptions.CultureInvariant);

    /// <summary>A clause's tail that is place, time or manner, not the meeting: 在京, 于昨天, 2月28日上午, 先后, 隆重.</summary>
    private static readonly Regex SubjectTailRegex = new(
        "(?:[0-9０-９〇○零一二三四五六七八九十两]{1,4}(?:年|月|日|时|点|号|分)|至|到|上旬|中旬|下旬|上午|下午|晚上|晚|早上|中午|今天|昨天|今日|昨日|日前|近日|近期|先后|相继|分别|隆重|顺利|正式|同时|也|已|在京|[ \\t\\u3000])+$",
        RegexOptions.CultureInvariant);

    public static bool IsMeetingName(string text, bool standalone = false)
    {
        foreach (var end in MeetingEnds)
        {
            if (text.EndsWith(end, StringComparison.Ordinal) && (text.Length > end.Length || (standalone && Array.IndexOf(VagueEnds, end) < 0)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] PlanMarkers = { "决定", "即将", "将于", "将", "拟于", "拟", "定于", "计划", "准备", "提请", "筹备" };
    private static readonly string[] Actions = { "出席", "参加", "列席", "讲话", "主持", "分会场" };
    private static readonly string[] Demonstratives = { "这", "该", "此", "本", "上述", "那" };

    /// <summary>决定8月7日召开…, 将于…举行: a meeting only planned, not reported as held.</summary>
    public static bool IsPlanned(string clauseBeforeVerb) => Words.ContainsAny(clauseBeforeVerb, PlanMarkers);

    /// <summary>A run that reports an action (出席会议, 作重要讲话) or a venue (分会场), not a meeting's name.</summary>
    public static bool HasAction(string name) => Words.ContainsAny(name, Actions);

    /// <summary>A 的 outside quotation marks: the run is a phrase (…召开的会议), not a name (“乡土文学的传承与创新”研讨会).</summary>
    public static bool HasLooseOwner(string name)
    {
        var depth = 0;
        foreach (var c in name)
        {
            depth += c is '“' or '《' or '「' ? 1 : c is '”' or '》' or '」' ? -1 : 0;
            if (c == '的' && depth <= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DecisionMarkers = { "决定", "定于", "拟于", "将于", "提请", "即将" };

    /// <summary>会议决定，X…在京举行: anywhere earlier in the sentence, a decision makes the meeting a plan.</summary>
    public static bool IsDecided(string sentenceBeforeVerb) => Words.ContainsAny(sentenceBeforeVerb, DecisionMarkers);

    /// <summary>The last of several things joined by 和/与/及/、 (…讲座和“…”研讨会), quotation marks kept whole.</summary>
    public static string LastConjunct(string run)
    {
        var depth = 0;
        var cut = 0;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            depth += c is '“' or '《' or '「' ? 1 : c is '”' or '》' or '」' ? -1 : 0;
            if (depth <= 0 && c is '和' or '与' or '及' or '、')
            {
                cut = i + 1;
            }
        }

        return cut > 0 && cut < run.Length ? run.Substring(cut) : run;
    }

    /// <summary>
    /// 人大常委会委员长会议 and 十三届全国人大常委会第八十四次委员长会议 in one article: a short and a full name of one
    /// meeting, sharing their kind (委员长会议) when the short one gives no session number.
    /// </summary>
    public static bool AreSameKind(string a, string b)
    {
        if (Ordinal(a) is not null && Ordinal(b) is not null)
        {
            return false;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[a.Length - 1 - shared] == b[b.Length - 1 - shared])
        {
            shared++;
        }

        return shared >= 4 && a.EndsWith("会议", StringComparison.Ordinal) && HasSharedOwner(a.Substring(0, a.Length - shared), b.Substring(0, b.Length - shared));
    }

    /// <summary>The two owners name one body: the shorter's characters all appear, in order, in the longer (全国政协 in 政协第十三届全国委员会).</summary>
    private static bool HasSharedOwner(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length == 0)
        {
            return true;
        }

        var at = 0;
        var matched = 0;
        foreach (var c in shorter)
        {
            var found = longer.IndexOf(c, at);
            if (found >= 0)
            {
                matched++;
                at = found + 1;
            }
        }

        return matched * 2 >= shorter.Length + 1;
    }

    /// <summary>这项会报, 该会议: a pointer back to a meeting, not its name.</summary>
    public static bool IsReference(string name) => Words.AnyAt(name, 0, Demonstratives);

    /// <summary>A name as printed, without the spaces of the layout (第 32 次常务会议).</summary>
    public static string Clean(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The meeting a clause's subject names, without place (在…), time (于…, 2月28日上午), adverbs, or what holds it (…召开的).</summary>
    public static string SubjectBefore(string clause)
    {
        var subject = clause.Trim();
        foreach (var marker in new[] { '在', '于' })
        {
            var cut = subject.LastIndexOf(marker);
            if (cut > 0)
            {
                subject = subject.Substring(0, cut);
            }
        }

        if (Articles.LineShapes.TryDateline(subject, out var dateline, out _))
        {
            // 新华社北京5月6日电政协…: a dateline glued to the subject.
            subject = subject.Substring(subject.IndexOf(dateline, StringComparison.Ordinal) + dateline.Length);
        }

        var lead = SubjectLeadRegex.Match(subject);
        if (lead.Success)
        {
            subject = subject.Substring(lead.Length);
        }

        var tail = SubjectTailRegex.Match(subject);
        if (tail.Success && tail.Index > 0)
        {
            subject = subject.Substring(0, tail.Index);
        }

        var owner = subject.LastIndexOf('的');
        if (owner >= 0 && IsMeetingName(subject.Substring(owner + 1)))
        {
            subject = subject.Substring(owner + 1);
        }

        return subject.Trim();
    }

    /// <summary>Cuts a clause after 召开 to the meeting it names: 常务会议并讲话 -> 常务会议.</summary>
    public static string? TrimToMeeting(string clause)
    {
        var best = -1;
        foreach (var end in MeetingEnds)
        {
            var at = clause.LastIndexOf(end, StringComparison.Ordinal);
            if (at >= 0 && at + end.Length > best)
            {
                best = at + end.Length;
            }
        }

        return best > 0 ? clause.Substring(0, best) : null;
    }

    public static int? Ordinal(string name)
    {
        var match = OrdinalRegex.Match(name);
        return match.Success ? ChineseNumber.TryParseSmallInteger(match.Groups["n"].Value) : null;
    }

    /// <summary>The name without its session tail: 市委常委会第167次会议 -> 市委常委会.</summary>
    public static string Core(string name)
    {
        var core = name.Replace("召开", string.Empty);
        var tail = TailRegex.Match(core);
        return tail.Success && tail.Index > 0 ? core.Substring(0, tail.Index) : core;
    }

    public static string Key(string name) => Core(name) + "#" + (Ordinal(name)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Two names of one meeting: one core holds the other and the session numbers agree.</summary>
    public static bool AreSame(string a, string b)
    {
        var coreA = Core(a);
        var coreB = Core(b);
        var ordinalA = Ordinal(a);
        var ordinalB = Ordinal(b);
        if (ordinalA is not null && ordinalB is not null && ordinalA != ordinalB)
        {
            return false;
        }

        // 人大常委会 in a headline and 十四届全国人大常委会第三次会议 in the lead: the short name without a session
        // number is held in the full one.
        var contained = (ordinalA is null && b.IndexOf(a, StringComparison.Ordinal) >= 0) || (ordinalB is null && a.IndexOf(b, StringComparison.Ordinal) >= 0);
        return coreA.Length > 0 && coreB.Length > 0 && (coreA.EndsWith(coreB, StringComparison.Ordinal) || coreB.EndsWith(coreA, StringComparison.Ordinal) || contained);
    }

    /// <summary>The fullest name of two names of one meeting: the longer core with the more specific session tail.</summary>
    public static string Combine(string a, string b)
    {
        var coreA = Core(a);
        var coreB = Core(b);
        var longer = coreA.Length >= coreB.Length ? coreA : coreB;
        var tailA = a.Replace("召开", string.Empty).Substring(coreA.Length);
        var tailB = b.Replace("召开", string.Empty).Substring(coreB.Length);
        var tail = Ordinal(tailA) is not null || tailA.Length > tailB.Length ? tailA : tailB;
        return longer + tail;
    }

    /// <summary>How a meeting's name is looked for in other articles: the whole name, or its core and its session tail apart.</summary>
    public static (string Name, string? Core, string? Tail) Mention(string name)
    {
        var core = Core(name);
        return Ordinal(name) is null || !name.StartsWith(core, StringComparison.Ordinal) ? (name, null, null) : (name, core, name.Substring(core.Length));
    }

    public static bool IsMentioned(string text, (string Name, string? Core, string? Tail) mention) =>
        text.IndexOf(mention.Name, StringComparison.Ordinal) >= 0
        || (mention.Core is not null && text.IndexOf(mention.Core, StringComparison.Ordinal) >= 0 && text.IndexOf(mention.Tail!, StringComparison.Ordinal) >= 0);
}
