using NewsContent.Generator.Parsing.Figures;

namespace NewsContent.Tests.Parsing;

/// <summary>Every figure exclusion's own example: the rule excludes a number read there, and no figure is found in it.</summary>
public sealed class FigureRuleExamplesTests
{
    public static TheoryData<string> ExclusionNames()
    {
        var names = new TheoryData<string>();
        foreach (var exclusion in FigureExclusions.All)
        {
            names.Add(exclusion.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(ExclusionNames))]
    public void EachExclusionExcludesItsExample(string name)
    {
        var exclusion = Assert.Single(FigureExclusions.All, e => e.Name == name);
        var excluded = false;
        for (var i = 0; i < exclusion.Example.Length; i++)
        {
            excluded |= FigureReader.TryRead(exclusion.Example, i, out var candidate) && exclusion.Excludes(candidate);
        }

        Assert.True(excluded, $"{name} does not apply to its example {exclusion.Example}");
        Assert.Empty(FigureFinder.Find(exclusion.Example));
    }

    public static TheoryData<string> InNameRuleNames()
    {
        var names = new TheoryData<string>();
        foreach (var rule in FigureKinds.All)
        {
            names.Add(rule.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(InNameRuleNames))]
    public void EachInNameRuleAppliesToItsExample(string name)
    {
        var rule = Assert.Single(FigureKinds.All, r => r.Name == name);
        var names = new List<string>();
        FigureKinds.CollectNames(rule.Example, names);
        var found = FigureFinder.Find(rule.Example);
        Assert.Contains(found, f => rule.Applies(new FigurePlace(rule.Example, f.Start, f.Start + f.Length, f.BaseUnit, names)));
        Assert.All(found, f => Assert.Equal(NewsContent.Generator.Model.FigureKind.InName, f.Kind));
    }
}
