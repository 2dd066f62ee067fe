using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.People.PeopleVocabulary;

namespace NewsContent.Generator.Parsing.People;

/// <summary>Where a personal name starts and ends in running text: after it, before a title, inside a 、-list.</summary>
internal static class PersonNames
{
    /// <summary>A Chinese given name has one or two characters; a longer one is read as a name and a word.</summary>
    private const int MaxGivenName = 2;

    /// <summary>Names before a trailing title are read three characters first, then two (a surname and one or two more).</summary>
    private const int LongestNameBeforeTitle = 3;

    private const int ShortestName = 2;

    /// <summary>
    /// A 、-delimited item up to four characters led by a surname is a name (a compound surname and a two-character
    /// given name make four); a longer one is a phrase.
    /// </summary>
    private const int LongestListedName = 4;

    /// <summary>
    /// The longest transliterated name (with its ·) read inside a list: 帕巴拉·格列朗杰 has eight characters; a longer
    /// run between separators is not one name.
    /// </summary>
    private const int MaxListedName = 10;

    /// <summary>The longest item <see cref="ListedLengthAt"/> reads whole (its scan stops one character past the bound).</summary>
    public const int LongestListedItem = MaxListedName + 1;

    /// <summary>
    /// The length of a personal name starting at <paramref name="start"/>, or 0. A run of transliteration characters
    /// that only a foreign name fills (four or more, or dotted) wins over a Chinese reading of its first characters.
    /// </summary>
    public static int LengthAt(string text, int start)
    {
        // Asked at every position by several rules: a character that opens neither reading answers at once.
        if (start >= text.Length || !NameStarts.Contains(text[start]))
        {
            return 0;
        }

        var foreign = start < text.Length ? ForeignNames.LengthAt(text, start) : 0;
        if (foreign > 0 && ForeignNames.IsClearlyForeign(text, start, foreign))
        {
            return foreign;
        }

        return ChineseLengthAt(text, start);
    }

    /// <summary>
    /// The length of a name right after a title (总统福特, 外长科尔): <see cref="LengthAt"/>, or a short run of
    /// transliteration characters that a word which may follow a name closes. Only a title makes so short a run a name.
    /// </summary>
    public static int TitledLengthAt(string text, int start, string? title = null)
    {
        // 棋手由原来的…: after a title, a preposition opens the next phrase, not a name.
        if (start >= text.Length || ClauseOpeningPrepositions.IndexOf(text[start]) >= 0)
        {
            return 0;
        }

        var length = LengthAt(text, start);
        if (length > 0)
        {
            return title is not null && WeakTitles.Contains(title) && !LooksLikeGivenName(text, start, length) ? 0 : length;
        }

        var foreign = ForeignNames.LengthAt(text, start);
        // 同志提拔到…: after a role that as often precedes a verb, two such characters are a word.
        var weak = title is not null && WeakTitles.Contains(title) && foreign <= ShortestName;
        if (foreign > 0 && !weak && NameLexicon.IsNameBoundary(text, start + foreign) && !NameLexicon.IsCommonWord(text, start, start + foreign))
        {
            return foreign;
        }

        return title is not null && GluedNameTitles.Contains(title) ? GluedLengthAt(text, start) : 0;
    }

    /// <summary>
    /// 职工居住, 农民信任, 干部战士深…: after a role that as often stands before a noun or a verb, a Chinese reading
    /// needs a given name made of the characters given names are mostly made of (one of them for two characters).
    /// </summary>
    private static bool LooksLikeGivenName(string text, int start, int length)
    {
        if ((length > ShortestName && ForeignNames.LengthAt(text, start) == length) || !NameLexicon.IsSurnameAt(text, start, out var surname))
        {
            return true;
        }

        var given = length - surname;
        return given == 1 ? GivenNameVocabulary.IsCommon(text[start + surname])
            : GivenNameVocabulary.IsCommon(text[start + surname]) || GivenNameVocabulary.IsCommon(text[start + length - 1]);
    }

    /// <summary>Roles that stand before nouns and verbs as often as before names: <see cref="GeneralRoles"/> and <see cref="RolesOfOrdinaryPeople"/>.</summary>
    private static readonly System.Collections.Generic.HashSet<string> WeakTitles = new(
        System.Linq.Enumerable.Concat(GeneralRoles, RolesOfOrdinaryPeople), System.StringComparer.Ordinal);

    /// <summary>True when a name can start with <paramref name="c"/> (<see cref="LengthAt"/> is 0 at any other character).</summary>
    public static bool CanStartName(char c) => NameStarts.Contains(c);

    /// <summary>What a name can start with: a transliteration character, a surname or a compound surname's first character.</summary>
    private static readonly System.Collections.Generic.HashSet<char> NameStarts = new(
        System.Linq.Enumerable.Concat(
            ForeignNameVocabulary.TransliterationCharacters,
            System.Linq.Enumerable.Concat(SingleSurnames, System.Linq.Enumerable.Select(CompoundSurnames, s => s[0]))));

    private static readonly System.Collections.Generic.HashSet<string> GluedNameTitles = new(
        System.Linq.Enumerable.Except(
            System.Linq.Enumerable.Concat(PartyAndStatePosts, System.Linq.Enumerable.Concat(MilitaryPosts, System.Linq.Enumerable.Concat(EnterprisePosts, System.Linq.Enumerable.Concat(Professions, PlayersAndPerformers)))),
            GeneralRoles),
        System.StringComparer.Ordinal);

    /// <summary>
    /// 馆长张立新江西省…, 选手王立新大胜: after a post or a player's role, a surname and a two-character given name glued to the next word. Most Chinese
    /// names have that shape, so a post (not a general role such as 领导 or 代表, which as often precede a verb) makes it
    /// the reading when no word that may follow a name proves a shorter one.
    /// </summary>
    private static int GluedLengthAt(string text, int start)
    {
        if (!NameLexicon.IsSurnameAt(text, start, out var surname))
        {
            return 0;
        }

        // 刘虹辽宁省…: a name never ends inside the place after it, so the place's first character is not the name's last.
        var length = surname + MaxGivenName;
        // 陈海今天…, 王克上将: nor inside a word that follows names (今天, 名列) or a title printed after one.
        if (ForeignNameVocabulary.Places.StartsAt(text, start + length - 1) || NameLexicon.OpensNextWord(text, start + length - 1))
        {
            length--;
        }

        return start + length < text.Length && Hanzi.IsHanzi(text[start + length]) && !TitleWords.StartsAt(text, start)
            && NameLexicon.IsGivenName(text, start + surname, start + length) && !NameLexicon.IsCommonWord(text, start, start + length)
            && !NameLexicon.IsCommonWord(text, start, start + surname + 1) && !IsInstitution(text, start + surname, start + length)
            && !NameLexicon.IsCutAt(text, start + surname, start + length) && !NameLexicon.OpensWithAFollowWord(text, start + surname, start + length)
            && !NameLexicon.OpensInsideAWord(text, start)
            ? length : 0;
    }

    /// <summary>The length of a Chinese name (a surname, a given name, a word that may follow) at <paramref name="start"/>, or 0.</summary>
    private static int ChineseLengthAt(string text, int start)
    {
        if (start >= text.Length || !NameLexicon.IsSurnameAt(text, start, out var surname))
        {
            return 0;
        }

        for (var given = MaxGivenName; given >= 1; given--)
        {
            var length = surname + given;
            if (start + length > text.Length)
            {
                continue;
            }

            if (NameLexicon.IsGivenName(text, start + surname, start + length) && NameLexicon.IsNameBoundary(text, start + length)
                && !NameLexicon.OpensWithAFollowWord(text, start + surname, start + length)
                && !NameLexicon.IsCommonWord(text, start, start + length) && !IsInstitution(text, start + surname, start + length)
                && !NameLexicon.IsCutAt(text, start + surname, start + length) && !NameLexicon.StartsLongerPlace(text, start, start + length)
                && !TitleWords.IsWord(text, start + surname, start + length)
                && !(given > 1 && NameLexicon.OpensNextWord(text, start + length - 1)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when a name another part of the parser read (a byline's) has the shape of one: a transliterated name, or a
    /// (sur)name of two or three characters that may stand in a name and make no common word or title (解放日报, 全文另发
    /// and 范团长 are not).
    /// </summary>
    public static bool IsNameShaped(string name)
    {
        if (name.Length == 0 || ForeignNames.LengthAt(name, 0) == name.Length)
        {
            return true;
        }

        // A pen name signs without a surname (晓岚): the name's characters are those of a given name.
        var surname = NameLexicon.IsSurnameAt(name, 0, out var surnameLength) ? surnameLength : 0;
        return name.Length >= ShortestName && name.Length - System.Math.Max(surname, 1) <= MaxGivenName
            && NameLexicon.IsGivenName(name, surname, name.Length) && !NameLexicon.IsCommonWord(name)
            && !TitleWords.EndsAt(name, name.Length);
    }

    /// <summary>A name that ends right before a trailing title (李四省长): length, or 0.</summary>
    public static int LengthBefore(string text, int titleStart)
    {
        // 巴基斯坦总统, 立陶宛总统: the country before a title is no one's name, nor is its tail.
        if (ForeignNameVocabulary.Places.EndsAt(text, titleStart))
        {
            return 0;
        }

        var foreign = ForeignNames.LengthBefore(text, titleStart);
        if (foreign > 0 && (ForeignNames.IsClearlyForeign(text, titleStart - foreign, foreign) || (foreign >= LongestNameBeforeTitle && foreign > ChineseLengthBefore(text, titleStart))))
        {
            return foreign;
        }

        return ChineseLengthBefore(text, titleStart);
    }

    private static int ChineseLengthBefore(string text, int titleStart)
    {
        // 越南国家主席, 共产党第一书记, 前首相: a word that qualifies the title stands before it, not a name.
        if (NameLexicon.IsTitleQualifierBefore(text, titleStart) || (titleStart > 0 && TitlePrefixes.IndexOf(text[titleStart - 1]) >= 0))
        {
            return 0;
        }

        for (var length = LongestNameBeforeTitle; length >= ShortestName; length--)
        {
            var start = titleStart - length;
            if (start < 0 || !NameLexicon.IsSurnameAt(text, start, out var surname) || surname >= length)
            {
                continue;
            }

            if (NameLexicon.IsGivenName(text, start + surname, titleStart) && !NameLexicon.IsCommonWord(text, start, start + length)
                && !NameLexicon.IsCutAt(text, start + surname, titleStart) && !NameLexicon.OpensInsideAWord(text, start)
                && !NameLexicon.IsPrepositionBeforeName(text, start) && !(start > 0 && BeforeGroupNoun.IndexOf(text[start - 1]) >= 0))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The length of a name inside a 、-list: the list's separators delimit it, so an item of two to four characters
    /// led by a surname, or a transliterated name (帕巴拉·格列朗杰), is a name without a word after it to prove it.
    /// </summary>
    public static int ListedLengthAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxListedName && (Hanzi.IsHanzi(text[end]) || ForeignNames.IsDot(text[end])))
        {
            end++;
        }

        // Tried at every position of a paragraph: the item is cut out of the text only when a separator closes it.
        var itemLength = end - start;
        var dotted = itemLength > 0 && !ForeignNames.IsDot(text[start]) && HasDotAfterFirst(text, start, end);
        var delimited = end < text.Length && (text[end] == '、' || (dotted && !Hanzi.IsHanzi(text[end])));
        if (delimited && dotted && itemLength <= MaxListedName)
        {
            return itemLength;
        }

        if (delimited && itemLength is >= ShortestName and <= LongestListedName)
        {
            var item = text.Substring(start, itemLength);
            if (NameLexicon.IsSurnameAt(item, 0, out var surname) && surname < item.Length
                && item.Length - surname <= MaxGivenName
                && NameLexicon.IsGivenName(item, surname, item.Length) && !NameLexicon.IsCommonWord(item))
            {
                return item.Length;
            }
        }

        return LengthAt(text, start);
    }

    /// <summary>True when a dot stands in text(start, end): the item's first character being no dot, a dot is at an index above 0.</summary>
    private static bool HasDotAfterFirst(string text, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (ForeignNames.IsDot(text[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>区政协主席, 市人大常委会: a place letter before an institution reads like a surname and a given name.</summary>
    private static bool IsInstitution(string text, int givenStart, int givenEnd) => Institutions.IsWord(text, givenStart, givenEnd);
}
