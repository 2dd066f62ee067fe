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
        nameof(LayoutVocabulary.ReporterTitles) => LayoutVocabulary.ReporterTitles.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.CommentarySignatures) => LayoutVocabulary.CommentarySignatures.Select(w => new object[] { w }),
        nameof(LayoutVocabulary.NewsAgencies) => LayoutVocabulary.NewsAgencies.Select(w => new object[] { w }),
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
    [MemberData(nameof(Words), nameof(LayoutVocabulary.ReporterTitles))]
    public void AReporterTitleOpensABylineLine(string title) => Assert.True(LineShapes.IsBylineLine(title + " 王明"), title);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.ReporterTitles))]
    public void AReporterTitleAfterADatelineNamesTheReporter(string title)
    {
        var lead = "本报讯 " + title + "王明 近日，全市春耕开始。";
        Assert.Equal(new[] { "王明" }, Bylines.ReadAfterDateline(lead, "本报讯".Length).ToArray());
    }

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.NewsAgencies))]
    public void AnAgencyReporterAfterADatelineNamesTheReporter(string agency) =>
        Assert.Equal(new[] { "王明" }, Bylines.ReadAfterDateline("本报讯 " + agency + "记者王明 近日，全市春耕开始。", "本报讯".Length).ToArray());

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.ReporterTitles))]
    public void AReporterTitleClosingAParagraphIsATrailingByline(string title) =>
        Assert.True(LineShapes.TryTrailingByline("全市春耕全面展开。" + title + " 王明 李华", out _, out _), title);

    [Theory]
    [MemberData(nameof(Words), nameof(LayoutVocabulary.CommentarySignatures))]
    public void ACommentarySignatureIsABylineLine(string signature) => Assert.True(LineShapes.IsBylineLine(signature), signature);

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
