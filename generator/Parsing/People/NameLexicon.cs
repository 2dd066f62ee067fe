using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// What a Chinese name looks like, character by character: a surname, a given name, and a word after it. Reads the
/// lists of <see cref="PeopleVocabulary"/>; never names of people.
/// </summary>
internal static class NameLexicon
{
    private static readonly HashSet<char> Surnames = new(SingleSurnames);

    /// <summary>Common words and title qualifiers grouped by first character, to test a stretch of a text without cutting it out.</summary>
    private static readonly WordList CommonWordList = new(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(CommonWords, TitleQualifiers)));

    private static readonly WordList TitleQualifierWords = new(TitleQualifiers);

    /// <summary>True when a word that qualifies a title (国家, 第一) ends right before <paramref name="titleStart"/>.</summary>
    public static bool IsTitleQualifierBefore(string text, int titleStart) => TitleQualifierWords.EndsAt(text, titleStart);

    public static bool IsSurnameAt(string text, int index, out int surnameLength)
    {
        var compound = CompoundSurnames.MatchAt(text, index);
        surnameLength = compound?.Length ?? 1;
        return compound is not null || (index < text.Length && Surnames.Contains(text[index]));
    }

    public static bool CanBeInGivenName(char c) => Hanzi.IsHanzi(c) && NeverInGivenName.IndexOf(c) < 0;

    public static bool CanEndGivenName(char c) => CanBeInGivenName(c) && NeverEndsGivenName.IndexOf(c) < 0;

    /// <summary>True when text[start, end) can be a given name: every character may stand in one, the last may end one.</summary>
    public static bool IsGivenName(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!(k == end - 1 ? CanEndGivenName(text[k]) : CanBeInGivenName(text[k])))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>True when the candidate is a common word, a word that qualifies a title, or a place: not a name.</summary>
    public static bool IsCommonWord(string candidate) => IsCommonWord(candidate, 0, candidate.Length);

    /// <summary>True when text[start, end) is a common word, a word that qualifies a title, or a place (read in place, no copy).</summary>
    public static bool IsCommonWord(string text, int start, int end) =>
        CommonWordList.IsWord(text, start, end) || ForeignNameVocabulary.Places.IsWord(text, start, end);

    /// <summary>
    /// 但欧盟, 罗伯托·…: a given name that is a place, or a name that a dot continues, is not a name read whole.
    /// </summary>
    public static bool IsCutAt(string text, int givenStart, int end) =>
        ForeignNameVocabulary.Places.IsWord(text, givenStart, end) || (end < text.Length && ForeignNames.IsDot(text[end]));

    /// <summary>时强调, 李才接到: a given name of two characters never is a word that follows names.</summary>
    public static bool OpensWithAFollowWord(string text, int givenStart, int end)
    {
        var word = FollowWords.MatchAt(text, givenStart);
        return word is not null && word.Length > 1 && end - givenStart > 1;
    }

    /// <summary>担任轮值…, 这位中国…: the character before a name and its first one make a word, so no name opens there.</summary>
    public static bool OpensInsideAWord(string text, int start) => start > 0 && WordsEndingInASurname.EndsAt(text, start + 1);

    /// <summary>
    /// 王克上将, 刘正以及, 林菱正在: a word that follows names (two characters or more), a title printed after a name or a
    /// conjunction starts at <paramref name="index"/>, so a name never runs on into it.
    /// </summary>
    public static bool OpensNextWord(string text, int index) =>
        index < text.Length && ((FollowWords.MatchAt(text, index) is { Length: > 1 }) || TrailingTitleWords.StartsAt(text, index) || Conjunctions.StartsAt(text, index));

    /// <summary>巴基斯坦, 阿尔及利亚: a name never is the first part of a place that runs on past it.</summary>
    public static bool StartsLongerPlace(string text, int start, int end) =>
        ForeignNameVocabulary.Places.MatchAt(text, start) is { } place && place.Length > end - start;

    /// <summary>向李四学习, 向周总理: 向 and 于 are surnames that stand before a person as prepositions as often.</summary>
    public static bool IsPrepositionBeforeName(string text, int start) =>
        start + 1 < text.Length && PrepositionSurnames.IndexOf(text[start]) >= 0 && IsSurnameAt(text, start + 1, out _);

    /// <summary>True when the text at <paramref name="index"/> can follow a name: punctuation, the end, a title or a follow word.</summary>
    public static bool IsNameBoundary(string text, int index) =>
        index >= text.Length || !Hanzi.IsHanzi(text[index]) || FollowWords.StartsAt(text, index) || TrailingTitleWords.StartsAt(text, index);
}
