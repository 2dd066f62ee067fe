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
    private const string RecordsHint = "NewsContent.Records.g.cs";
    private const string NamespaceMark = "\u0001namespace\u0001";

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
        string? checkedRecords = null;
        foreach (var (tree, outcome) in owner)
        {
            var model = compilation.GetSemanticModel(tree);
            var diagnostics = IsRecordsTree(tree) && SameAsChecked(tree, outcome, ref checkedRecords)
                ? model.GetDeclarationDiagnostics()
                : model.GetDiagnostics();
            foreach (var diagnostic in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                outcome.Problems.Add("generated code does not compile cleanly: " + diagnostic + Context(diagnostic));
            }
        }
    }

    private static bool IsRecordsTree(SyntaxTree tree) => tree.FilePath.EndsWith(RecordsHint, StringComparison.Ordinal);

    /// <summary>
    /// The records file depends on the namespace alone. Binding its method bodies (the records' synthesized members) is
    /// most of a batch's cost, so once one case's file is fully checked, a file that is the same text in another namespace
    /// is checked for declarations only: whatever its bodies hold, the checked copy already held.
    /// </summary>
    private static bool SameAsChecked(SyntaxTree tree, FuzzOutcome outcome, ref string? checkedRecords)
    {
        var shape = tree.GetText().ToString().Replace(outcome.Case.Namespace, NamespaceMark, StringComparison.Ordinal);
        if (checkedRecords is null)
        {
            checkedRecords = shape;
            return false;
        }

        return string.Equals(shape, checkedRecords, StringComparison.Ordinal);
    }

    /// <summary>The generated line the diagnostic is on, escaped, so a failure shows the bad code.</summary>
    private static string Context(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        if (tree is null)
        {
            return string.Empty;
        }

        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line;
        var text = tree.GetText();
        return line < text.Lines.Count ? "\n      in " + tree.FilePath + ": " + FuzzCase.Escape(text.Lines[line].ToString(), 400) : string.Empty;
    }
}
