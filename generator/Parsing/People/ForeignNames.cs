using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.ForeignNameVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Foreign and transliterated names: a run of the characters the transliteration tables use, its parts joined by a
/// middle dot (玛丽亚·桑托斯 is one name). A surname-like character inside such a run (the 梅 of a long run) is part
/// of it, never the start of a Chinese name. Places written with the same characters (俄罗斯, 阿拉伯) are not people.
/// </summary>
internal static class ForeignNames
{
    /// <summary>A run of two or three characters may be a Chinese word; four or more, or a dot, is a foreign name.</summary>
    private const int ClearlyForeignLength = 4;

    private const int ShortestName = 2;

    private static readonly HashSet<char> Characters = new(TransliterationCharacters);

    public static bool IsTransliteration(char c) => Characters.Contains(c);

    public static bool IsDot(char c) => NameDots.IndexOf(c) >= 0;

    /// <summary>
    /// The length of a foreign name starting at <paramref name="start"/>, or 0: a run of transliteration characters
    /// (and dots between them) that is no place and is not followed by the mark of a place, people or body.
    /// </summary>
    public static int LengthAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start < LongestForeignName
            && (IsTransliteration(text[end]) || (IsDot(text[end]) && end > start && end + 1 < text.Length && IsTransliteration(text[end + 1]))))
        {
            end++;
        }

        // 莫迪凯提出: the run gives back a character that opens the word after the name.
        if (end - start > ShortestName && end < text.Length && PeopleVocabulary.FollowWords.StartsAt(text, end - 1) && !IsDot(text[end - 2]))
        {
            end--;
        }

        // 哈瓦特博士, 卡斯特罗连续: the run gives back a title or a word that follows names starting inside it.
        var lastDot = start;
        for (var k = start; k < end; k++)
        {
            lastDot = IsDot(text[k]) ? k + 1 : lastDot;
        }

        for (var k = lastDot + ShortestName; k < end; k++)
        {
            if (NameLexicon.OpensNextWord(text, k))
            {
                end = k;
                break;
            }
        }

        // 菲勒蒙·杨: a dot followed by a character no table has leaves the name unread rather than cut.
        if (end < text.Length && IsDot(text[end]))
        {
            return 0;
        }

        return IsPersonRun(text, start, end) ? end - start : 0;
    }

    /// <summary>The length of a foreign name that ends right before <paramref name="end"/> (福特总统), or 0.</summary>
    public static int LengthBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < LongestForeignName
            && (IsTransliteration(text[start - 1]) || (IsDot(text[start - 1]) && start - 1 > 0 && IsTransliteration(text[start - 2]))))
        {
            start--;
        }

        // 俄罗斯叶利钦总统: the country before the name is not part of it.
        var place = Places.MatchAt(text, start);
        if (place is not null && start + place.Length < end)
        {
            start += place.Length;
        }

        // 感谢萨达姆总统: nor the first character of a word that ends on the run's first character.
        if (start < end && NameLexicon.OpensInsideAWord(text, start))
        {
            start++;
        }

        return IsPersonRun(text, start, end) ? end - start : 0;
    }

    /// <summary>
    /// A name with a middle dot is a name wherever it stands (…会见了阿米尔·哈桑一行): read at the start of a run of
    /// transliteration characters, with the country before it left out.
    /// </summary>
    public static int? Dotted(string text, int i, Mention mention)
    {
        if (!IsTransliteration(text[i]) || (i > 0 && Hanzi.IsHanzi(text[i - 1]) && !OpensName(text, i) && !ClosesAgentNoun(text, i)))
        {
            return null;
        }

        var start = i;
        var place = Places.MatchAt(text, i);
        if (place is not null)
        {
            start += place.Length;
        }

        var length = LengthAt(text, start);
        if (length == 0 || !HasDot(text, start, length))
        {
            return null;
        }

        mention(start, length, start);
        return start + length;
    }

    /// <summary>
    /// What may stand right before a foreign name in running text: a title or role, a place (its country), a particle
    /// or a joiner (会见了…, 与…). Anything else glued to the run makes it the tail of another word.
    /// </summary>
    private static bool OpensName(string text, int at) =>
        PeopleVocabulary.TitleWords.EndsAt(text, at) || Places.EndsAt(text, at) || NameOpeners.IndexOf(text[at - 1]) >= 0;

    /// <summary>
    /// 金融家乔治·索罗斯, 美国人斯科特·里特: a noun of a person (its last character 家, 人, 者…, no transliteration character)
    /// stands right before the run.
    /// </summary>
    private static bool ClosesAgentNoun(string text, int at) =>
        AgentNounEnds.IndexOf(text[at - 1]) >= 0 && !IsTransliteration(text[at - 1]);

    /// <summary>Four or more characters, or a dot: no Chinese name has that shape.</summary>
    public static bool IsClearlyForeign(string text, int start, int length)
    {
        return length >= ClearlyForeignLength || HasDot(text, start, length);
    }

    private static bool HasDot(string text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (IsDot(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonRun(string text, int start, int end)
    {
        if (end - start < ShortestName || IsDot(text[end - 1]) || (end < text.Length && NotPersonEnds.IndexOf(text[end]) >= 0 && !PeopleVocabulary.TitleWords.StartsAt(text, end)))
        {
            return false;
        }

        // A run that is a place, ends with one or is the tail of one (阿拉伯, 巴勒斯坦, the 陶宛 of 立陶宛) is a place
        // phrase; a name may begin like a place (罗马诺).
        return !Places.EndsAt(text, end);
    }
}
