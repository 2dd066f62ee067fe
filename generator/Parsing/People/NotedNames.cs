using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.CueVocabulary;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Names no official title announces but the sentence still marks: a note of sex or nationality after them, a verb of
/// naming or electing before them, a work they wrote after them, a rank of a game after them.
/// </summary>
internal static class NotedNames
{
    /// <summary>（女、维吾尔族） is the longest note: a sex and a nationality of up to five characters.</summary>
    private const int LongestNote = 10;

    private static readonly char[] ClosingBrackets = { '）', ')' };

    /// <summary>张春华（女）, 李建国（回族）: the note that lists of deputies and officials print after a name.</summary>
    public static int? BeforePersonalNote(string text, int i, Mention mention)
    {
        if (i > 0 && Hanzi.IsHanzi(text[i - 1]) && ListCues.IndexOf(text[i - 1]) < 0 && !NamingVerbs.EndsAt(text, i))
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i);
        if (length == 0 || !IsPersonalNoteAt(text, i + length))
        {
            return null;
        }

        mention(i, length, i);
        return i + length;
    }

    /// <summary>
    /// 饲养员王立新, 老订户陈海, 评论家李华: a noun of a person's role or trade, closed by an agent suffix, then a name
    /// that a word which may follow a name proves.
    /// </summary>
    public static int? AfterAgentNoun(string text, int i, Mention mention)
    {
        if (i < 2 || AgentSuffixes.IndexOf(text[i - 1]) < 0 || !Hanzi.IsHanzi(text[i - 2]) || TitleWords.EndsAt(text, i)
            || NameLexicon.OpensInsideAWord(text, i) || ForeignNameVocabulary.NameOpeners.IndexOf(text[i]) >= 0
            || Determiners.IndexOf(text[i - 2]) >= 0)
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i);
        if (length == 0)
        {
            return null;
        }

        mention(i, length, i);
        return i + length;
    }

    /// <summary>选举王立新为…, 名叫陈海: a verb of electing, appointing or naming, then a name.</summary>
    public static int? AfterNamingVerb(string text, int i, Mention mention)
    {
        var verb = NamingVerbs.MatchAt(text, i);
        if (verb is null)
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i + verb.Length);
        if (length == 0)
        {
            return null;
        }

        mention(i + verb.Length, length, i + verb.Length);
        return i + verb.Length + length;
    }

    /// <summary>王立新的《春天》: a name, then the work it wrote, at the start of a clause or list item.</summary>
    public static int? BeforeWork(string text, int i, Mention mention)
    {
        if (i > 0 && Hanzi.IsHanzi(text[i - 1]) && ListCues.IndexOf(text[i - 1]) < 0)
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i);
        if (length == 0 || !WorkMarks.StartsAt(text, i + length))
        {
            return null;
        }

        mention(i, length, i);
        return i + length;
    }

    /// <summary>《王立新文选》, 《陈海传》: a name right inside a title's bracket, before the kind of its collected works.</summary>
    public static int? InCollectedWorks(string text, int i, Mention mention)
    {
        if (text[i] != '《' || !NameLexicon.IsSurnameAt(text, i + 1, out var surname))
        {
            return null;
        }

        for (var given = 2; given >= 1; given--)
        {
            var end = i + 1 + surname + given;
            if (end <= text.Length && CollectedWorks.StartsAt(text, end) && NameLexicon.IsGivenName(text, i + 1 + surname, end)
                && !NameLexicon.IsCommonWord(text, i + 1, end) && !NameLexicon.StartsLongerPlace(text, i + 1, end))
            {
                mention(i + 1, end - i - 1, i + 1);
                return end;
            }
        }

        return null;
    }

    /// <summary>（女）, （回族）, （女、满族）: a bracket holding only a sex and a nationality.</summary>
    private static bool IsPersonalNoteAt(string text, int at)
    {
        if (at >= text.Length || (text[at] != '（' && text[at] != '('))
        {
            return false;
        }

        var close = text.IndexOfAny(ClosingBrackets, at);
        if (close < 0 || close - at > LongestNote)
        {
            return false;
        }

        foreach (var part in text.Substring(at + 1, close - at - 1).Split('、', '，', ','))
        {
            if (!(part is "女" or "男" || (part.Length >= 2 && part[part.Length - 1] == '族')))
            {
                return false;
            }
        }

        return true;
    }
}
