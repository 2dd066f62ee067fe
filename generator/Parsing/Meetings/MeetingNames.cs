using System;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>How meeting names are recognised, cut from a clause and combined. Which names are one meeting: <see cref="MeetingIdentity"/>.</summary>
internal static class MeetingNames
{
    /// <summary>第167次: the session number. Six digits are more than any session needs (一百六十七 is five), and the bound keeps the match short.</summary>
    private static readonly Regex OrdinalRegex = new("第(?<n>[" + MeetingVocabulary.SessionDigits + "]{1,6})次", RegexOptions.CultureInvariant);

    /// <summary>第七十九届, 第79届, 第三次: an ordinal of a session or a term, its number in either numeral system.</summary>
    private static readonly Regex NumberedOrdinalRegex = new("第(?<n>[" + MeetingVocabulary.SessionDigits + "]{1,6})(?<unit>[届次])", RegexOptions.CultureInvariant);

    /// <summary>
    /// The session tail of a name: a short bracketed term ((扩大), up to eight characters, longer is an aside), the
    /// session number, the kind of sitting, 会议.
    /// </summary>
    private static readonly Regex TailRegex = new(
        "(?:[（(][^）)]{1,8}[）)])?(?:第[" + MeetingVocabulary.SessionDigits + "]{1,6}次)?(?:" + string.Join("|", MeetingVocabulary.CoreSittingKinds) + ")?(?:会议|会)$",
        RegexOptions.CultureInvariant);

    /// <summary>A part of a date or a time (2月, 17日, 8时): a number of at most four digits (a year) and its unit.</summary>
    private static readonly string DatePart = Dates.DateVocabulary.DateOrTimePart;

    /// <summary>A space or tab of the layout, half or full width.</summary>
    private const string Blank = "[ \\t\\u3000]";

    /// <summary>A clause's head that is time or manner: 昨天, 2月17日上午, 刚刚.</summary>
    private static readonly Regex SubjectLeadRegex = new("^(?:" + DatePart + "|" + string.Join("|", MeetingVocabulary.ClauseLeadWords) + "|" + Blank + ")+", RegexOptions.CultureInvariant);

    /// <summary>A manner phrase closing a subject (…以视频形式, …通过网络方式): short, unpunctuated.</summary>
    private static readonly Regex MannerRegex = new(
        "(?:" + string.Join("|", MeetingVocabulary.MannerOpeners) + ")[^，,。；、以]{1,12}?(?:" + string.Join("|", MeetingVocabulary.MannerEnds) + ")$", RegexOptions.CultureInvariant);

    /// <summary>A clause's tail that is place, time or manner, not the meeting: 在京, 于昨天, 2月28日上午, 先后, 隆重.</summary>
    private static readonly Regex SubjectTailRegex = new("(?:" + DatePart + "|" + string.Join("|", MeetingVocabulary.SubjectTailWords) + "|" + Blank + ")+$", RegexOptions.CultureInvariant);

    public static bool IsMeetingName(string text, bool standalone = false)
    {
        if (Array.IndexOf(MeetingVocabulary.VagueNames, text) >= 0)
        {
            return false;
        }

        foreach (var end in MeetingVocabulary.MeetingEnds)
        {
            if (text.EndsWith(end, StringComparison.Ordinal) && (text.Length > end.Length || (standalone && Array.IndexOf(MeetingVocabulary.VagueEnds, end) < 0)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name ends with one of <paramref name="ends"/>.</summary>
    public static bool EndsWithAny(string name, string[] ends)
    {
        foreach (var end in ends)
        {
            if (name.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A run that reports an action (出席会议, 作重要讲话) or a venue (分会场), not a meeting's name.</summary>
    public static bool HasAction(string name) => Words.ContainsAny(name, MeetingVocabulary.Actions);

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

    /// <summary>
    /// A joint sitting named by a meeting and another event (X推进会暨Y活动): one of its parts joined by 暨 is a meeting's
    /// name, so the whole is the meeting held.
    /// </summary>
    public static bool IsJointName(string text)
    {
        if (text.IndexOf(MeetingVocabulary.JointSitting) <= 0)
        {
            return false;
        }

        foreach (var part in text.Split(MeetingVocabulary.JointSitting))
        {
            if (IsMeetingName(part))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a list joined by 、, a 、 inside brackets or quotation marks kept (“三个一批”（签约一批、开工一批）活动).</summary>
    public static System.Collections.Generic.List<string> ListItems(string list)
    {
        var items = new System.Collections.Generic.List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            var c = list[i];
            depth += c is '“' or '《' or '「' or '（' or '(' ? 1 : c is '”' or '》' or '」' or '）' or ')' ? -1 : 0;
            if (c == '、' && depth <= 0)
            {
                items.Add(list.Substring(start, i - start));
                start = i + 1;
            }
        }

        items.Add(list.Substring(start));
        return items;
    }

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

    /// <summary>这项会报, 该会议: a pointer back to a meeting, not its name.</summary>
    public static bool IsReference(string name) => Words.AnyAt(name, 0, MeetingVocabulary.Demonstratives);

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

        var manner = MannerRegex.Match(subject);
        if (manner.Success && manner.Index > 0)
        {
            subject = subject.Substring(0, manner.Index);
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
        foreach (var end in MeetingVocabulary.MeetingEnds)
        {
            var at = clause.LastIndexOf(end, StringComparison.Ordinal);
            if (at >= 0 && at + end.Length > best)
            {
                best = at + end.Length;
            }
        }

        return best > 0 ? clause.Substring(0, best) : null;
    }

    /// <summary>第七十九届 -> 第79届: the numbers of session ordinals as digits, for comparing names printed either way.</summary>
    public static string WithNumberedOrdinals(string name) =>
        NumberedOrdinalRegex.Replace(name, m => ChineseNumber.TryParseSmallInteger(m.Groups["n"].Value) is { } n
            ? "第" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + m.Groups["unit"].Value
            : m.Value);

    public static int? Ordinal(string name)
    {
        var match = OrdinalRegex.Match(name);
        return match.Success ? ChineseNumber.TryParseSmallInteger(match.Groups["n"].Value) : null;
    }

    /// <summary>The name without its session tail: 市委常委会第167次会议 -> 市委常委会.</summary>
    public static string Core(string name)
    {
        var core = name.Replace(MeetingVocabulary.Convene, string.Empty);
        var tail = TailRegex.Match(core);
        return tail.Success && tail.Index > 0 ? core.Substring(0, tail.Index) : core;
    }

    /// <summary>The fullest name of two names of one meeting: the longer core with the more specific session tail.</summary>
    public static string Combine(string a, string b)
    {
        var coreA = Core(a);
        var coreB = Core(b);
        var longer = coreA.Length >= coreB.Length ? coreA : coreB;
        var tailA = a.Replace(MeetingVocabulary.Convene, string.Empty).Substring(coreA.Length);
        var tailB = b.Replace(MeetingVocabulary.Convene, string.Empty).Substring(coreB.Length);
        var tail = Ordinal(tailA) is not null || tailA.Length > tailB.Length ? tailA : tailB;
        return longer + tail;
    }
}
