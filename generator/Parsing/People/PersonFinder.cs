using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.People;

/// <summary>A person found on a page: name, titles in order of appearance, the articles that name them.</summary>
internal sealed class FoundPerson
{
    public FoundPerson(string name, int seedOffset)
    {
        Name = name;
        SeedOffset = seedOffset;
    }

    public string Name { get; }

    public int SeedOffset { get; }

    public List<string> Titles { get; } = new();

    public SortedSet<int> Articles { get; } = new();

    public void AddTitle(string? title)
    {
        if (!string.IsNullOrEmpty(title) && !Titles.Contains(title!))
        {
            Titles.Add(title!);
        }
    }
}

/// <summary>
/// Recognises people the way a reader does: a surname after an official title (市委书记张三), a name
/// before a title (李四省长), the rest of a 、-list that began with one, and bylines; then finds
/// every mention of the names so found.
/// </summary>
internal static class PersonFinder
{
    private const int MaxTitleLength = 24;
    private const int MaxListedName = 10;
    private const string ListCues = "有是为和与及";
    private static readonly string[] OrganisationEnds = { "有限公司", "公司", "集团", "医院", "大学", "学校", "银行", "中心", "工厂" };
    private static readonly string[] Institutions = { "人大", "政协", "党委", "纪委", "政府", "常委" };
    private const string BodyEnds = "团会处组";
    private const string PlaceEnds = "省市县区镇乡村岛港湾路街";
    private const string TitleStops = "的由是在和与及为对向把被让请同了将从于着说讲";

    public static List<FoundPerson> Find(IReadOnlyList<ArticleText> articles)
    {
        var people = new List<FoundPerson>();
        var byName = new Dictionary<string, FoundPerson>(StringComparer.Ordinal);

        FoundPerson Get(string name, int seedOffset)
        {
            if (!byName.TryGetValue(name, out var person))
            {
                person = new FoundPerson(name, seedOffset);
                byName.Add(name, person);
                people.Add(person);
            }

            return person;
        }

        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                FindInText(segment, article.Number, Get);
            }

            foreach (var name in article.BylineNames)
            {
                Get(name, article.Paragraphs.Count > 0 ? article.Paragraphs[0].SeedOffset(0) : 0).Articles.Add(article.Number);
            }
        }

        // Names run together before a shared verb in a kicker or deck line.
        var known = new HashSet<string>(byName.Keys, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                foreach (var (at, length) in RunTogetherNames.Find(segment.Text, known))
                {
                    Get(segment.Text.Substring(at, length), segment.SeedOffset(at)).Articles.Add(article.Number);
                }
            }
        }

        // Every later mention counts, including names run together in a kicker line. One pass over the text, with
        // the names grouped by their first character, keeps this linear however many people a page names.
        var byFirst = new Dictionary<char, List<FoundPerson>>();
        foreach (var person in people)
        {
            if (!byFirst.TryGetValue(person.Name[0], out var group))
            {
                byFirst.Add(person.Name[0], group = new List<FoundPerson>());
            }

            group.Add(person);
        }

        foreach (var article in articles)
        {
            foreach (var segment in article.All)
            {
                var text = segment.Text;
                for (var i = 0; i < text.Length; i++)
                {
                    if (byFirst.TryGetValue(text[i], out var group))
                    {
                        foreach (var person in group)
                        {
                            if (string.CompareOrdinal(text, i, person.Name, 0, person.Name.Length) == 0)
                            {
                                person.Articles.Add(article.Number);
                            }
                        }
                    }
                }
            }
        }

        people.Sort((a, b) => a.SeedOffset.CompareTo(b.SeedOffset));
        return people;
    }

    /// <summary>The length of a personal name starting at <paramref name="start"/>, or 0.</summary>
    public static int NameLengthAt(string text, int start)
    {
        if (start >= text.Length || !NameLexicon.IsSurnameAt(text, start, out var surname))
        {
            return 0;
        }

        for (var given = 2; given >= 1; given--)
        {
            var length = surname + given;
            if (start + length > text.Length)
            {
                continue;
            }

            if (IsGivenName(text, start + surname, start + length) && NameLexicon.IsNameBoundary(text, start + length)
                && !NameLexicon.IsCommonWord(text.Substring(start, length)) && !IsInstitution(text, start + surname, start + length))
            {
                return length;
            }
        }

        return 0;
    }

    private static void FindInText(MappedText segment, int article, Func<string, int, FoundPerson> get)
    {
        var text = segment.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (TrySpeakerAt(text, i, out var speaker) || TryCuedNameAt(text, i, out speaker))
            {
                get(speaker, segment.SeedOffset(i)).Articles.Add(article);
                continue;
            }

            var listEnd = NameListAt(text, i, out var list);
            if (listEnd > i && list.Count == 0)
            {
                // A list that is not of names (江苏、浙江、安徽): none of its later items starts one either.
                i = listEnd - 1;
                continue;
            }

            if (listEnd > i)
            {
                foreach (var (at, length) in list)
                {
                    get(text.Substring(at, length), segment.SeedOffset(at)).Articles.Add(article);
                }

                i = listEnd - 1;
                continue;
            }

            var title = NameLexicon.MatchTitleAt(text, i, NameLexicon.TitleWords);
            if (title is null)
            {
                continue;
            }

            var titleEnd = i + title.Length;
            var nameLength = NameLengthAt(text, titleEnd);
            if (nameLength > 0)
            {
                var titles = TitlesBefore(text, titleEnd);
                var name = text.Substring(titleEnd, nameLength);
                var person = get(name, segment.SeedOffset(titleEnd));
                person.Articles.Add(article);
                foreach (var t in titles)
                {
                    person.AddTitle(t);
                }

                // 市领导张三、李四、王五等: the title covers the whole list.
                var next = titleEnd + nameLength;
                while (next < text.Length && (text[next] == '、' || IsListJoiner(text, next)))
                {
                    var listed = ListedNameAt(text, next + 1);
                    if (listed == 0)
                    {
                        break;
                    }

                    var other = get(text.Substring(next + 1, listed), segment.SeedOffset(next + 1));
                    other.Articles.Add(article);
                    other.AddTitle(titles.Count > 0 ? titles[titles.Count - 1] : null);
                    next += 1 + listed;
                }

                i = next - 1;
                continue;
            }

            var trailing = NameLexicon.MatchTitleAt(text, i, NameLexicon.TrailingTitleWords);
            if (trailing is not null && (i == 0 || NameLexicon.MatchTitleAt(text, i - 1, NameLexicon.TrailingTitleWords) is null)
                && !EndsWithInstitution(text, i) && !IsPlaceAfter(text, i + trailing.Length))
            {
                var before = NameBefore(text, i);
                if (before > 0)
                {
                    var person = get(text.Substring(i - before, before), segment.SeedOffset(i - before));
                    person.Articles.Add(article);
                    person.AddTitle(trailing);
                }
            }

            i = titleEnd - 1;
        }
    }

    /// <summary>
    /// A list of names with no title before it (发言的有张明、李华、王强…等十三人): three or more 、-separated items
    /// that are all shaped as names, most of them three characters long, as Chinese names mostly are and place
    /// names (江苏、浙江、安徽) mostly are not. Returns where the list ends, or <paramref name="start"/>.
    /// </summary>
    private static int NameListAt(string text, int start, out List<(int At, int Length)> names)
    {
        names = new List<(int At, int Length)>();
        if (start > 0 && Hanzi.IsHanzi(text[start - 1]) && ListCues.IndexOf(text[start - 1]) < 0)
        {
            return start;
        }

        var at = start;
        var full = 0;
        while (true)
        {
            var length = ListedNameAt(text, at);
            if (length == 0)
            {
                break;
            }

            names.Add((at, length));
            full += length >= 3 ? 1 : 0;
            at += length;
            if (at >= text.Length || text[at] != '、')
            {
                break;
            }

            at++;
        }

        if (names.Count < 3 || full * 2 < names.Count)
        {
            var parsed = names.Count >= 2 ? at : start;
            names.Clear();
            return parsed;
        }

        return at;
    }

    /// <summary>与, 和, 及 before the last name of a list (副主任王立新、陈海与刘成).</summary>
    private static bool IsListJoiner(string text, int at) =>
        text[at] is '与' or '和' or '及' && at + 1 < text.Length && NameLengthAt(text, at + 1) > 0;

    /// <summary>
    /// The length of a name inside a 、-list: the list's separators delimit it, so an item of two to four characters
    /// led by a surname, or a transliterated name (帕巴拉·格列朗杰), is a name without a word after it to prove it.
    /// </summary>
    private static int ListedNameAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxListedName && (Hanzi.IsHanzi(text[end]) || text[end] == '·'))
        {
            end++;
        }

        var item = text.Substring(start, end - start);
        var delimited = end < text.Length && text[end] == '、';
        if (delimited && item.IndexOf('·') > 0 && item.Length <= MaxListedName)
        {
            return item.Length;
        }

        if (delimited && item.Length is >= 2 and <= 4 && NameLexicon.IsSurnameAt(item, 0, out var surname) && surname < item.Length
            && IsGivenName(item, surname, item.Length) && !NameLexicon.IsCommonWord(item))
        {
            return item.Length;
        }

        return NameLengthAt(text, start);
    }

    /// <summary>A speaker named right after a quotation or at a clause's start: ”蔡煜远说, 。詹毅表示.</summary>
    private static bool TrySpeakerAt(string text, int i, out string name)
    {
        name = string.Empty;
        if (i > 0 && text[i - 1] is not ('”' or '。' or '，' or '！' or '？' or '；'))
        {
            return false;
        }

        var length = NameLengthAt(text, i);
        if (length == 0 || NameLexicon.MatchTitleAt(text, i + length, NameLexicon.SpeechVerbs) is null)
        {
            return false;
        }

        name = text.Substring(i, length);
        return true;
    }

    /// <summary>A name introduced by a cue that is not a title: 36岁的孙成敏.</summary>
    private static bool TryCuedNameAt(string text, int i, out string name)
    {
        name = string.Empty;
        var cue = NameLexicon.MatchTitleAt(text, i, NameLexicon.NameCues);
        if (cue is null || i == 0 || !(Hanzi.IsDigit(text[i - 1]) || ChineseNumber.IsChineseDigit(text[i - 1]) || ChineseNumber.SmallUnit(text[i - 1]) > 0))
        {
            return false;
        }

        var length = NameLengthAt(text, i + cue.Length);
        if (length == 0)
        {
            return false;
        }

        name = text.Substring(i + cue.Length, length);
        return true;
    }

    /// <summary>区政协主席, 市人大常委会: a place letter before an institution reads like a surname and a given name.</summary>
    private static bool IsInstitution(string text, int givenStart, int givenEnd)
    {
        foreach (var institution in Institutions)
        {
            if (givenEnd - givenStart == institution.Length && string.CompareOrdinal(text, givenStart, institution, 0, institution.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>人大代表, 政协委员: the title compounds an institution, so no name stands before it.</summary>
    private static bool EndsWithInstitution(string text, int titleStart) => Words.AnyEndingAt(text, titleStart, Institutions);

    /// <summary>大连市长海县, 代表团, 委员会, 委员246人: a title word that is really the end of one place name and the start of the next.</summary>
    private static bool IsPlaceAfter(string text, int titleEnd) =>
        (titleEnd < text.Length && Hanzi.IsDigit(text[titleEnd]))
        || (titleEnd < text.Length && (BodyEnds.IndexOf(text[titleEnd]) >= 0 || string.CompareOrdinal(text, titleEnd, "大会", 0, 2) == 0))
        || (titleEnd + 1 < text.Length && Hanzi.IsHanzi(text[titleEnd]) && PlaceEnds.IndexOf(text[titleEnd + 1]) >= 0);

    private static bool IsGivenName(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!(k == end - 1 ? NameLexicon.CanEndGivenName(text[k]) : NameLexicon.CanBeInGivenName(text[k])))
            {
                return false;
            }
        }

        return end > start;
    }

    /// <summary>A name that ends right before a trailing title (李四省长): length, or 0.</summary>
    private static int NameBefore(string text, int titleStart)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = titleStart - length;
            if (start < 0 || !NameLexicon.IsSurnameAt(text, start, out var surname) || surname >= length)
            {
                continue;
            }

            if (IsGivenName(text, start + surname, titleStart) && !NameLexicon.IsCommonWord(text.Substring(start, length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The titles printed before a name: 市委书记、市…领导小组组长张三 gives both, in text order.</summary>
    private static List<string> TitlesBefore(string text, int nameStart)
    {
        var titles = new List<string>();
        var end = nameStart;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && end - start < MaxTitleLength && Hanzi.IsHanzi(text[start - 1]) && TitleStops.IndexOf(text[start - 1]) < 0)
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

            if (run.Length == 0 || !EndsWithTitle(run))
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

    private static bool EndsWithTitle(string run)
    {
        foreach (var title in NameLexicon.TitleWords)
        {
            if (run.EndsWith(title, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
