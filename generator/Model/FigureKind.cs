namespace NewsContent.Generator.Model;

/// <summary>What a number with a unit is on its page: an amount the text reports, or a part of a name.</summary>
internal enum FigureKind
{
    /// <summary>An amount the text reports (a count with its measure word, a percentage: 1200家, 35.6%): a member of <c>Figures</c>.</summary>
    Quantity,

    /// <summary>
    /// A number inside a name (a rule set or plan called by a count: 六项承诺, 《两年攻坚方案》, “三张清单”, 便民12条): part of what a policy, plan or slogan is
    /// called, not an amount. Kept on the page and in <c>Catalog.FiguresInNames</c>, never a member of <c>Figures</c>.
    /// </summary>
    InName,
}

/// <summary>The words the generated API and the CLI use for a <see cref="FigureKind"/>.</summary>
internal static class FigureKindWords
{
    /// <summary>The generated enum member's name (Quantity, InName).</summary>
    public static string Member(this FigureKind kind) => kind == FigureKind.InName ? "InName" : "Quantity";

    /// <summary>The JSON word, the gold's spelling (quantity, in_name).</summary>
    public static string Word(this FigureKind kind) => KindWords.Of(kind);
}
