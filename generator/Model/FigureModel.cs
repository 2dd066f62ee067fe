namespace NewsContent.Generator.Model;

/// <summary>A number with its unit, as printed and as a typed value.</summary>
/// <param name="Text">The figure as printed (1200家, 百分之三十六点五).</param>
/// <param name="Value">The number as written, as an invariant decimal string (36.5).</param>
/// <param name="Unit">The unit or measure word; a 万/亿 multiplier before it stays in it (万元).</param>
/// <param name="NormalizedValue">The value in base units when a 万/亿 multiplier applies, else the value.</param>
/// <param name="BaseUnit">The unit without multiplier.</param>
/// <param name="Qualifier">近, 约, 多, 余, 超 ... when the figure is approximate, else null.</param>
/// <param name="Counts">What the figure counts, as the sentence says it.</param>
/// <param name="Kind">An amount, or a number inside a name (六项承诺): see <see cref="FigureKind"/>.</param>
/// <param name="UpperValue">A range's upper end as written (14 for 3至14天, whose Value is 3), as an invariant decimal string; else null.</param>
internal sealed record FigureModel(
    string Text,
    string Value,
    string Unit,
    string NormalizedValue,
    string BaseUnit,
    string? Qualifier,
    string Counts,
    int ArticleNumber,
    SourceSpan Source,
    FigureKind Kind = FigureKind.Quantity,
    string? UpperValue = null);
