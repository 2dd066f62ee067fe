using NewsContent.Generator.Model;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>A figure found in a run of text, located by its index in that text; a range (3至14天) has an upper value.</summary>
internal readonly record struct FoundFigure(
    int Start, int Length, string Text, decimal Value, string Unit, decimal NormalizedValue, string BaseUnit, string? Qualifier, string Counts, FigureKind Kind, decimal? UpperValue = null);
