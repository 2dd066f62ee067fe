using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// Records that a name was read: the name is text[at, at + length), and the person is placed on the page at
/// <paramref name="seedAt"/> (the cue's position for a cued name, else the name's). Returns the person, to add titles to.
/// </summary>
internal delegate FoundPerson Mention(int at, int length, int seedAt);

/// <summary>
/// One way a reader recognises a person: a name, an example sentence and the name it yields, and the pattern and
/// production in one step. <see cref="Apply"/> looks at one position of a text; it returns where reading resumes
/// (past what it read) or null when its pattern is not there, and reports the names it read through the mention.
/// </summary>
/// <para><see cref="Opens"/> says at which characters the pattern can start (a title's first character, a surname,
/// an opening bracket): the finder calls <see cref="Apply"/> only there, and at a text's start.</para>
internal sealed record PersonRule(string Name, string Example, string Finds, System.Func<string, int, Mention, int?> Apply, System.Func<char, bool> Opens);

/// <summary>
/// The rules of <see cref="PersonFinder"/>, in the order they are tried at each position: the first that applies wins.
/// Tests run every example (PersonRuleExamplesTests).
/// </summary>
internal static class PersonRules
{
    public static readonly IReadOnlyList<PersonRule> InOrder = new[]
    {
        new PersonRule("foreign name with a middle dot", "代表团团长阿米尔·哈桑一行抵达。", "阿米尔·哈桑", ForeignNames.Dotted, ForeignNames.IsTransliteration),
        new PersonRule("names in a picture credit", "新春的田野。（本报记者王立新　陈海摄）", "陈海", CreditNames.Credit, IsOpeningBracket),
        new PersonRule("a bracket of names that signs a paragraph or a dispatch", "新华社北京3月1日电（王立新、陈海）田野里一片忙碌。", "陈海", CreditNames.Signature, IsOpeningBracket),
        new PersonRule("a line that is only a name (an author under a title)", "张春华", "张春华", CreditNames.AuthorLine, OnlyAtTheStart),
        new PersonRule("speaker after a quotation or clause", "“日子越过越好。”周晓燕说。", "周晓燕", CuedNames.Speaker, PersonNames.CanStartName),
        new PersonRule("a full name opening a clause before a verb of a person", "会后，周立新来到车间。", "周立新", CuedNames.ClauseSubject, PersonNames.CanStartName),
        new PersonRule("name after an age", "车间里，42岁的韩建国正在调试设备。", "韩建国", CuedNames.AfterAge, PeopleVocabulary.NameCues.HasWordStartingWith),
        new PersonRule("name before a note of sex or nationality", "当选副主席的有刘春华（女）、马建国（回族）。", "马建国", NotedNames.BeforePersonalNote, PersonNames.CanStartName),
        new PersonRule("name after a verb of electing or naming", "会议选举周立新为市长。", "周立新", NotedNames.AfterNamingVerb, CueVocabulary.NamingVerbs.HasWordStartingWith),
        new PersonRule("name in the title of collected works", "会上学习了《王立新文选》。", "王立新", NotedNames.InCollectedWorks, c => c == '《'),
        new PersonRule("author before the work", "读者喜爱的有秦晓明的《山路》。", "秦晓明", NotedNames.BeforeWork, PersonNames.CanStartName),
        new PersonRule("untitled list of names", "发言的有郭明远、李清泉、孟大川、陈永福等人。", "郭明远", NameLists.Untitled, Text.Hanzi.IsHanzi),
        new PersonRule("title before a name, and the list it covers", "副主委刘德明、张良才与傅国栋出席。", "傅国栋", TitledNames.TitleBeforeName, PeopleVocabulary.TitleWords.HasWordStartingWith),
        new PersonRule("name before a trailing title", "欢迎的人群向该部赵志刚司令员献花。", "赵志刚", TitledNames.NameBeforeTitle, PeopleVocabulary.TitleWords.HasWordStartingWith),
        new PersonRule("name after a noun of role or trade", "退休的饲养员钱秀英又被返聘回来。", "钱秀英", NotedNames.AfterAgentNoun, PersonNames.CanStartName),
    };

    /// <summary>Every rule's bit: the rules tried at a text's start, whatever character opens it.</summary>
    public static readonly int AllRules = (1 << InOrder.Count) - 1;

    /// <summary>
    /// The rules that can start at each character, as bits in <see cref="InOrder"/>'s order with <see cref="Worked"/>
    /// set once worked out: one int per character, so threads that work out the same entry at once agree.
    /// </summary>
    private static readonly int[] OpenedByCharacter = new int[char.MaxValue + 1];

    private const int Worked = 1 << 30;

    /// <summary>The rules whose pattern can start at <paramref name="c"/>: the finder tries only these (one array read per character).</summary>
    public static int OpenedBy(char c)
    {
        var entry = OpenedByCharacter[c];
        if (entry == 0)
        {
            entry = Worked;
            for (var r = 0; r < InOrder.Count; r++)
            {
                entry |= InOrder[r].Opens(c) ? 1 << r : 0;
            }

            OpenedByCharacter[c] = entry;
        }

        return entry & AllRules;
    }

    private static bool IsOpeningBracket(char c) => c is '（' or '(';

    private static bool OnlyAtTheStart(char c) => false;
}
