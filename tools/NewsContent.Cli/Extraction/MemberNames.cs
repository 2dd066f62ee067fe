namespace NewsContent.Cli.Extraction;

/// <summary>The generated member an element becomes, as code refers to it (Articles.HuangQinZhuChiZhaoKai…).</summary>
internal static class MemberNames
{
    public static string Article(SeedExtraction extraction, int index) => "Articles." + extraction.Named.ArticleMembers[index];

    public static string Meeting(SeedExtraction extraction, int index) => "Meetings." + extraction.Named.MeetingMembers[index];

    /// <summary>The figure's member, or null for a number inside a name (八项规定), which has none.</summary>
    public static string? Figure(SeedExtraction extraction, int index) =>
        extraction.Named.FigureMembers[index].Length == 0 ? null : "Figures." + extraction.Named.FigureMembers[index];

    public static string? Person(SeedExtraction extraction, string name) =>
        extraction.PersonMembers.TryGetValue(name, out var member) ? "People." + member : null;
}
