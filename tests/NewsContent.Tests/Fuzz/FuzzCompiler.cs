using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsContent.Tests.Generator;

namespace NewsContent.Tests.Fuzz;

/// <summary>
/// Compiles the generated code of many cases at once (each case has its own namespace, so they cannot clash) and
/// charges every error or warning to the case whose tree it is in. Warnings count: consumers build with warnings as errors.
/// </summary>
internal static class FuzzCompiler
{
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    public static void Compile(IReadOnlyList<FuzzOutcome> batch)
    {
        var owner = new Dictionary<SyntaxTree, FuzzOutcome>();
        foreach (var outcome in batch)
        {
            foreach (var tree in outcome.Trees)
            {
                owner[tree] = outcome;
            }
        }

        var compilation = CSharpCompilation.Create("FuzzBatch", owner.Keys, GeneratorHarness.FrameworkReferences, Options);
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (diagnostic.Severity < DiagnosticSeverity.Warning)
            {
                continue;
            }

            if (diagnostic.Location.SourceTree is { } tree && owner.TryGetValue(tree, out var outcome))
            {
                outcome.Problems.Add("generated code does not compile cleanly: " + diagnostic + Context(diagnostic));
            }
            else
            {
                foreach (var each in batch)
                {
                    each.Problems.Add("batch compilation diagnostic outside any tree: " + diagnostic);
                }
            }
        }
    }

    /// <summary>The generated line the diagnostic is on, escaped, so a failure shows the bad code.</summary>
    private static string Context(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree!;
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var text = tree.GetText();
        return line < text.Lines.Count ? "\n      in " + tree.FilePath + ": " + FuzzCase.Escape(text.Lines[line].ToString(), 400) : string.Empty;
    }
}
