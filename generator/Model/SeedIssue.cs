namespace NewsContent.Generator.Model;

/// <summary>A problem found in a seed, located in it; turned into a Roslyn diagnostic only at report time.</summary>
/// <param name="Id">The diagnostic id, e.g. CONTENT004.</param>
/// <param name="Arguments">Message arguments, in the order the descriptor's format expects.</param>
internal sealed record SeedIssue(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static SeedIssue Create(string id, SourceSpan span, params string[] arguments) =>
        new(id, span, new EquatableArray<string>(arguments));
}
