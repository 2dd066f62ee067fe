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
}
