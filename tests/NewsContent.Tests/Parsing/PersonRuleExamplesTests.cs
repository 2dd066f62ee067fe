using NewsContent.Generator.Parsing.People;

namespace NewsContent.Tests.Parsing;

/// <summary>Every people rule's own example, run through that rule alone: it must yield the name the rule says it finds.</summary>
public sealed class PersonRuleExamplesTests
{
    public static TheoryData<string> RuleNames()
    {
        var names = new TheoryData<string>();
        foreach (var rule in PersonRules.InOrder)
        {
            names.Add(rule.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void EachRuleFindsItsExample(string ruleName)
    {
        var rule = Assert.Single(PersonRules.InOrder, r => r.Name == ruleName);
        var found = new List<string>();
        FoundPerson Mention(int at, int length, int seedAt)
        {
            found.Add(rule.Example.Substring(at, length));
            return new FoundPerson(rule.Example.Substring(at, length), seedAt);
        }

        for (var i = 0; i < rule.Example.Length; i++)
        {
            rule.Apply(rule.Example, i, Mention);
        }

        Assert.Contains(rule.Finds, found);
    }

    /// <summary>The finder tries a rule only at characters its <see cref="PersonRule.Opens"/> admits: each example's names must still be read there.</summary>
    [Theory]
    [MemberData(nameof(RuleNames))]
    public void EachRuleOpensWhereItsExampleApplies(string ruleName)
    {
        var index = PersonRules.InOrder.ToList().FindIndex(r => r.Name == ruleName);
        var rule = PersonRules.InOrder[index];
        for (var i = 1; i < rule.Example.Length; i++)
        {
            if (rule.Apply(rule.Example, i, (at, length, seedAt) => new FoundPerson(rule.Example.Substring(at, length), seedAt)) is not null)
            {
                Assert.NotEqual(0, PersonRules.OpenedBy(rule.Example[i]) & (1 << index));
            }
        }
    }
}

/// <summary>The names run together in a kicker line, and the composition the vocabulary claims.</summary>
public sealed class PeopleVocabularyTests
{
    [Fact]
    public void RunTogetherNamesSplitBeforeTheirVerb() =>
        Assert.Equal(new[] { "王立新", "陈海" }, RunTogetherNames.Find("王立新陈海出席", new HashSet<string>()).Select(n => "王立新陈海出席".Substring(n.At, n.Length)));

    [Fact]
    public void TitlesPrintedAfterANameAreTitles() =>
        Assert.All(PeopleVocabulary.TitlesPrintedAfterName, title => Assert.Contains(title, PeopleVocabulary.TitleWords));
}
