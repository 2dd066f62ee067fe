using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.CueVocabulary;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>Names an official title announces: after it (市委书记张三, and the list it covers), or before it (李四省长).</summary>
internal static class TitledNames
{
    /// <summary>
    /// The longest run of characters read back from a name as its title (市…领导小组组长 fits): longer runs are
    /// sentences, and the bound keeps the backward scan constant per name.
    /// </summary>
    private const int MaxTitleLength = 24;

    /// <summary>A title, then a name (市委书记张三); 市领导张三、李四、王五等: the title covers the whole list.</summary>
    public static int? TitleBeforeName(string text, int i, Mention mention)
    {
        var title = TitleWords.MatchAt(text, i);
        if (title is null)
        {
            return null;
        }

        var titleEnd = i + title.Length;
        var nameLength = PersonNames.TitledLengthAt(text, titleEnd, title);
        if (nameLength == 0)
        {
            return null;
        }

        var titles = TitlesBefore(text, titleEnd);
        var person = mention(titleEnd, nameLength, titleEnd);
        foreach (var t in titles)
        {
            person.AddTitle(t);
        }

        var next = titleEnd + nameLength;
        while (next < text.Length && (text[next] == '、' || NameLists.IsJoinerAt(text, next) || IsSpacedNameAt(text, next)))
        {
            var listed = PersonNames.ListedLengthAt(text, next + 1);
            if (listed == 0)
            {
                break;
            }

            mention(next + 1, listed, next + 1).AddTitle(titles.Count > 0 ? titles[titles.Count - 1] : null);
            next += 1 + listed;
        }

        return next;
    }

    /// <summary>
    /// 某某交易所总经理王立新, 本报驻某国记者陈海: a signature line that is a title and then a name, with nothing after
    /// it. Returns the name, or null.
    /// </summary>
    public static string? NameAfterTitle(string line)
    {
        for (var k = 1; k < line.Length - 1; k++)
        {
            if (TitleWords.EndsAt(line, k) && PersonNames.TitledLengthAt(line, k) == line.Length - k)
            {
                return line.Substring(k);
            }
        }

        return null;
    }

    /// <summary>
    /// A name, then a title (李四省长): tried where a title stands with no name after it (国家主席张三: what stands
    /// before such a title qualifies it). Reading resumes after the title whether or not a name stood before it.
    /// </summary>
    public static int? NameBeforeTitle(string text, int i, Mention mention)
    {
        var title = TitleWords.MatchAt(text, i);
        if (title is null)
        {
            return null;
        }

        var trailing = TrailingTitleWords.MatchAt(text, i);
        if (trailing is not null && (i == 0 || !TrailingTitleWords.StartsAt(text, i - 1))
            && !Institutions.EndsAt(text, i) && !IsPlaceAfter(text, i + trailing.Length)
            && PersonNames.TitledLengthAt(text, i + trailing.Length) == 0)
        {
            var before = PersonNames.LengthBefore(text, i);
            if (before > 0)
            {
                mention(i - before, before, i - before).AddTitle(trailing);
            }
        }

        return ResumeAfterTitle(text, i, title.Length);
    }

    /// <summary>
    /// 主教练陈海: where a title ends inside a longer one (主教 and 教练), reading resumes inside it, so the title that
    /// stands right before the name is read too.
    /// </summary>
    private static int ResumeAfterTitle(string text, int i, int titleLength)
    {
        for (var k = i + 1; k < i + titleLength; k++)
        {
            var inner = TitleWords.MatchAt(text, k);
            if (inner is not null && k + inner.Length > i + titleLength)
            {
                return k;
            }
        }

        return i + titleLength;
    }

    /// <summary>
    /// 国际关系与合作部长: a joiner inside an organisation's name, not between two people: no title opens after it and
    /// no name closes before it.
    /// </summary>
    private static bool JoinsOrganisationName(string text, int at) =>
        ListJoiners.IndexOf(text[at]) >= 0 && at > 0 && Hanzi.IsHanzi(text[at - 1]) && TitleStops.IndexOf(text[at - 1]) < 0
        && !Conjunctions.EndsAt(text, at + 1)
        && !TitleWords.StartsAt(text, at + 1) && !TitleWords.EndsAt(text, at) && PersonNames.LengthBefore(text, at) == 0;

    /// <summary>本报记者　王立新　陈海: credits and bylines print the names a title covers apart by spaces.</summary>
    private static bool IsSpacedNameAt(string text, int at) =>
        NameSpaces.IndexOf(text[at]) >= 0 && at + 1 < text.Length && PersonNames.LengthAt(text, at + 1) > 0;

    /// <summary>大连市长海县, 代表团, 委员会, 委员246人: a title word that is really the end of one place name and the start of the next.</summary>
    private static bool IsPlaceAfter(string text, int titleEnd) =>
        (titleEnd < text.Length && Hanzi.IsDigit(text[titleEnd]))
        || (titleEnd < text.Length && (BodyEnds.IndexOf(text[titleEnd]) >= 0 || string.CompareOrdinal(text, titleEnd, Congress, 0, Congress.Length) == 0))
        || (titleEnd + 1 < text.Length && Hanzi.IsHanzi(text[titleEnd]) && PlaceEnds.IndexOf(text[titleEnd + 1]) >= 0);

    /// <summary>The titles printed before a name: 市委书记、市…领导小组组长张三 gives both, in text order.</summary>
    private static List<string> TitlesBefore(string text, int nameStart)
    {
        var titles = new List<string>();
        var end = nameStart;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && end - start < MaxTitleLength && Hanzi.IsHanzi(text[start - 1])
                && (TitleStops.IndexOf(text[start - 1]) < 0 || JoinsOrganisationName(text, start - 1)))
            {
                start--;
            }

            var run = text.Substring(start, end - start);
            foreach (var organisation in OrganisationEnds)
            {
                var at = run.LastIndexOf(organisation, StringComparison.Ordinal);
                if (at >= 0)
                {
                    run = run.Substring(at + organisation.Length);
                    break;
                }
            }

            if (run.Length == 0 || !TitleWords.EndsAt(run, run.Length))
            {
                break;
            }

            titles.Insert(0, run);
            if (start > 0 && text[start - 1] == '、')
            {
                end = start - 1;
            }
            else
            {
                break;
            }
        }

        return titles;
    }
}
