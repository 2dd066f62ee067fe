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
        nameof(LayoutVocabulary.CommentWidgets) => LayoutVocabulary.CommentWidgets.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.FooterMarks) => LayoutVocabulary.FooterMarks.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.PieceLabels) => LayoutVocabulary.PieceLabels.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.ClosingNoteWords) => LayoutVocabulary.ClosingNoteWords.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.ArtworkSuffixes) => LayoutVocabulary.ArtworkSuffixes.Select(w => new object[] { w }),
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

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.PieceLabels))]
    public void APieceLabelOpensAPiece(string label) => Assert.True(PieceOpeners.Opens(label), label);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.ClosingNoteWords))]
    public void AClosingNoteWordClosesAPiece(string word) => Assert.True(ClosingLines.ClosingNoteStart("工作进展顺利。（" + word + "某处）") > 0, word);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.ArtworkSuffixes))]
    public void AnArtworkSuffixClosesACreditLine(string suffix) => Assert.True(LineShapes.IsCreditLine("（王明" + suffix + "）"), suffix);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.CommentWidgets))]
    public void ACommentWidgetPhraseMakesALineOfFurniture(string phrase) => Assert.True(LineShapes.IsFurniture("共有 0 " + phrase), phrase);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.FooterMarks))]
    public void AFooterMarkMakesALineOfFurniture(string mark) => Assert.True(LineShapes.IsFurniture("某某新闻网 " + mark + " 2024 示例网站信息"), mark);
}
