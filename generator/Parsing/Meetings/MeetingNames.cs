using System;
using System.Text.RegularExpressions;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>How meeting names are compared, combined and recognised.</summary>
internal static class MeetingNames
{
    private static readonly Regex OrdinalRegex = new("第(?<n>[0-9０-９一二三四五六七八九十百零〇]{1,6})次", RegexOptions.CultureInvariant);
    private static readonly Regex TailRegex = new("(?:[（(][^）)]{1,8}[）)])?(?:第[0-9０-９一二三四五六七八九十百零〇]{1,6}次)?(?:全体|常务|专题)?(?:会议|会)$", RegexOptions.CultureInvariant);
    private static readonly string[] MeetingEnds = { "会议", "座谈会", "推进会", "现场会", "常委会", "全会", "大会", "例会", "峰会", "论坛", "研讨会", "动员会", "部署会", "调度会", "视频会", "联席会" };

    public static bool IsMeetingName(string text)
    {
        foreach (var end in MeetingEnds)
        {
            if (text.EndsWith(end, StringComparison.Ordinal) && text.Length > end.Length)
            {
                return true;
            }
        }

        return false;
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

        return coreA.Length > 0 && coreB.Length > 0 && (coreA.EndsWith(coreB, StringComparison.Ordinal) || coreB.EndsWith(coreA, StringComparison.Ordinal));
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

    public static bool IsMentioned(string text, string name) =>
        text.IndexOf(name, StringComparison.Ordinal) >= 0
        || (Ordinal(name) is not null && text.IndexOf(Core(name), StringComparison.Ordinal) >= 0 && text.IndexOf(name.Substring(Core(name).Length), StringComparison.Ordinal) >= 0);
}
