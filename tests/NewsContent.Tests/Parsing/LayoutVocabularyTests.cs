using NewsContent.Generator.Parsing.Articles;

namespace NewsContent.Tests.Parsing;

/// <summary>Every word of the layout vocabulary reaches the rule that reads its list: a word added to a list works.</summary>
public sealed class LayoutVocabularyTests
{
    public static IEnumerable<object[]> Words(string list) => list switch
    {
        nameof(LayoutVocabulary.LeadingLabels) => LayoutVocabulary.LeadingLabels.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.CreditLabels) => LayoutVocabulary.CreditLabels.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.CreditSuffixes) => LayoutVocabulary.CreditSuffixes.Select(w => new object[] { w }),
        _ => LayoutVocabulary.BylineRoles.Select(w => new object[] { w }),
    };

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.LeadingLabels))]
    public void ALeadingLabelOpensALineOfFurniture(string label) => Assert.True(LineShapes.IsFurniture(label + "：示例内容"), label);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.CreditLabels))]
    public void ACreditLabelOpensACreditLine(string label) => Assert.True(LineShapes.IsCreditLine(label + "：王明"), label);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.CreditSuffixes))]
    public void ACreditSuffixClosesACreditLine(string suffix) => Assert.True(LineShapes.IsCreditLine("（王明" + suffix + "）"), suffix);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.BylineRoles))]
    public void ABylineRoleIsNotReadAsAName(string role)
    {
        var (_, names) = Bylines.Read(role + " 王明");
        Assert.DoesNotContain(names, n => n.Contains(role, StringComparison.Ordinal));
    }
}
