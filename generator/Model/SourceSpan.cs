namespace NewsContent.Generator.Model;

/// <summary>
/// Where a piece of text stands in its seed: character offset and length, plus the 1-based
/// line and column of its start, so a diagnostic or an XML doc can point at it without Roslyn types.
/// </summary>
internal readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None => new(0, 0, 1, 1, 1, 1);

    public override string ToString() => $"{Line}:{Column}";
}
