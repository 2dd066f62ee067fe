using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>Names a cue other than a title announces: a verb of speech after them, an age before them.</summary>
internal static class CuedNames
{
    /// <summary>A speaker named right after a quotation or at a clause's start: ”蔡煜远说, 。詹毅表示.</summary>
    public static int? Speaker(string text, int i, Mention mention)
    {
        if (i > 0 && BeforeSpeaker.IndexOf(text[i - 1]) < 0)
        {
            return null;
        }

        // 许多人认为: a clause that opens with a common word (许多) opens with no name.
        var length = PersonNames.LengthAt(text, i);
        if (length == 0 || !IsSpeechAt(text, i + length) || NameLexicon.IsCommonWord(text, i, i + 2))
        {
            return null;
        }

        mention(i, length, i);
        return i + 1;
    }

    /// <summary>
    /// 。王立新来到车间: a full name (a surname and a two-character given name) opening a clause, before a word that
    /// follows names (a verb of reporting, attending or speaking, or an adverb of a subject). A shorter reading is too
    /// often a word there.
    /// </summary>
    public static int? ClauseSubject(string text, int i, Mention mention)
    {
        if (i > 0 && BeforeSpeaker.IndexOf(text[i - 1]) < 0)
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i);
        if (length == 0 || !NameLexicon.IsSurnameAt(text, i, out var surname) || length - surname != FullGivenName
            || NameLexicon.IsCommonWord(text, i, i + 2) || NeverEndsClauseSubject.IndexOf(text[i + length - 1]) >= 0
            || ClauseOpeningWords.IndexOf(text[i]) >= 0 || TitleWords.StartsAt(text, i + surname)
            || !IsSubjectWordAt(text, i + length))
        {
            return null;
        }

        mention(i, length, i);
        return i + length;
    }

    private const int FullGivenName = 2;

    /// <summary>A word of two or more characters that follows names, or one of the adverbs and verbs a subject takes.</summary>
    private static bool IsSubjectWordAt(string text, int at)
    {
        var word = FollowWords.MatchAt(text, at);
        return word is not null && (word.Length > 1 || SubjectCharacters.IndexOf(word[0]) >= 0);
    }

    /// <summary>说, 指出, and 也指出: a verb of speech, or an adverb and one.</summary>
    private static bool IsSpeechAt(string text, int at) =>
        SpeechVerbs.StartsAt(text, at) || (at < text.Length && SpeechAdverbs.IndexOf(text[at]) >= 0 && SpeechVerbs.StartsAt(text, at + 1));

    /// <summary>A name introduced by a cue that is not a title: 36岁的孙成敏 (the cue follows a number).</summary>
    public static int? AfterAge(string text, int i, Mention mention)
    {
        var cue = NameCues.MatchAt(text, i);
        if (cue is null || i == 0 || !(Hanzi.IsDigit(text[i - 1]) || ChineseNumber.IsChineseDigit(text[i - 1]) || ChineseNumber.SmallUnit(text[i - 1]) > 0))
        {
            return null;
        }

        var length = PersonNames.LengthAt(text, i + cue.Length);
        if (length == 0)
        {
            return null;
        }

        mention(i + cue.Length, length, i);
        return i + 1;
    }
}
