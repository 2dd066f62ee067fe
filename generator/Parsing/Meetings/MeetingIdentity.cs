using System;
using System.Globalization;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// When two names or two found meetings are one meeting. There are three tests, because they answer three questions
/// with different evidence at hand:
/// <list type="bullet">
/// <item><see cref="SameInOneArticle"/>: one article calls its meeting by a short and a full name (人大常委会 in the
/// headline, 十四届全国人大常委会第三次会议 in the lead; 委员长会议 for 第八十四次委员长会议). Inside one article the
/// short name can only point to the article's meeting, so a loose test is safe: <see cref="IsShortOrFullName"/> or
/// <see cref="IsShortNameByKind"/>.</item>
/// <item><see cref="SameAcrossArticles"/>: two articles of a page report a meeting. A short name in another article
/// (市委常委会, no session number) may well be another sitting of the same body, so across articles the names must agree
/// exactly on the core and the session number (<see cref="Key"/>).</item>
/// <item><see cref="NamesPartOfJointSitting"/>: a later article names a joint sitting (A暨B); each part names a meeting
/// already found elsewhere by <see cref="IsShortOrFullName"/>, as parts are often printed shorter than the report.</item>
/// </list>
/// The first two never merge meetings whose known chairs differ; the third only records a mention, so it does not ask.
/// </summary>
internal static class MeetingIdentity
{
    /// <summary>
    /// How many final characters a short and a full name must share to be one kind of meeting: 会议 and the two
    /// characters before it that say which kind (常务会议, 全体会议; 委员长会议 shares five). Sharing only 会议 or one more
    /// character says nothing about the kind.
    /// </summary>
    private const int MinSharedKindLength = 4;

    /// <summary>Two meetings one article reports are one: their names are a short and a full name of it, and the chairs agree.</summary>
    public static bool SameInOneArticle(FoundMeeting a, FoundMeeting b) =>
        (IsShortOrFullName(a.Name, b.Name) || IsShortNameByKind(a.Name, b.Name)) && ChairsAgree(a, b);

    /// <summary>Two meetings different articles report are one: core and session number agree exactly, and the chairs agree.</summary>
    public static bool SameAcrossArticles(FoundMeeting a, FoundMeeting b) => Key(a.Name) == Key(b.Name) && ChairsAgree(a, b);

    /// <summary>A meeting found in another article is the one a part of a joint sitting's name (A暨B) names.</summary>
    public static bool NamesPartOfJointSitting(FoundMeeting found, int jointArticle, string part) =>
        found.Article != jointArticle && IsShortOrFullName(found.Name, part);

    /// <summary>No two different known chairs: a chair the one meeting lacks may come from the other.</summary>
    private static bool ChairsAgree(FoundMeeting a, FoundMeeting b) => a.Chair is null || b.Chair is null || a.Chair == b.Chair;

    /// <summary>
    /// The exact identity across articles: the core of the name and its session number, numbers of 第N届 and 第N次 read as
    /// numbers (第七十九届 in one article and 第79届 in another are one session).
    /// </summary>
    private static string Key(string name) =>
        MeetingNames.WithNumberedOrdinals(MeetingNames.Core(name)) + "#" + (MeetingNames.Ordinal(name)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);

    /// <summary>Two names of one meeting: one core holds the other and the session numbers agree.</summary>
    private static bool IsShortOrFullName(string a, string b)
    {
        var coreA = MeetingNames.Core(a);
        var coreB = MeetingNames.Core(b);
        var ordinalA = MeetingNames.Ordinal(a);
        var ordinalB = MeetingNames.Ordinal(b);
        if (ordinalA is not null && ordinalB is not null && ordinalA != ordinalB)
        {
            return false;
        }

        // 人大常委会 in a headline and 十四届全国人大常委会第三次会议 in the lead: the short name without a session
        // number is held in the full one.
        var contained = (ordinalA is null && b.IndexOf(a, StringComparison.Ordinal) >= 0) || (ordinalB is null && a.IndexOf(b, StringComparison.Ordinal) >= 0);
        return coreA.Length > 0 && coreB.Length > 0 && (coreA.EndsWith(coreB, StringComparison.Ordinal) || coreB.EndsWith(coreA, StringComparison.Ordinal) || contained);
    }

    /// <summary>
    /// 人大常委会委员长会议 and 十三届全国人大常委会第八十四次委员长会议 in one article: a short and a full name of one
    /// meeting, sharing their kind (委员长会议) when the short one gives no session number.
    /// </summary>
    private static bool IsShortNameByKind(string a, string b)
    {
        if (MeetingNames.Ordinal(a) is not null && MeetingNames.Ordinal(b) is not null)
        {
            return false;
        }

        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[a.Length - 1 - shared] == b[b.Length - 1 - shared])
        {
            shared++;
        }

        return shared >= MinSharedKindLength && a.EndsWith("会议", StringComparison.Ordinal) && HasSharedOwner(a.Substring(0, a.Length - shared), b.Substring(0, b.Length - shared));
    }

    /// <summary>
    /// The two owners name one body: more than half the shorter's characters appear, in order, in the longer (全国政协
    /// in 政协第十三届全国委员会). A majority, not all, because a short name drops and reorders characters.
    /// </summary>
    private static bool HasSharedOwner(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (Text.Words.AnyAt(shorter, 0, MeetingVocabulary.OwnerCounts))
        {
            // 两区 for 南湖区、西湖区: the count stands for the owners the full name lists.
            shorter = shorter.Substring(1);
        }

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
}
