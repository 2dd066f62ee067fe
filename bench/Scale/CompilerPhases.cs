using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace NewsContent.Benchmarks.Scale;

/// <summary>
/// The compiler's time on the generated code, phase by phase, each on a fresh <see cref="Compilation.Clone"/> so no
/// bound state carries over: declaring the symbols, binding every method body (all diagnostics), and emitting with
/// and without the XML documentation file (emit binds and lowers again, so emit includes binding).
/// </summary>
internal sealed record CompilerPhases(TimeSpan Declare, TimeSpan Bind, TimeSpan Emit, TimeSpan EmitWithDocs)
{
    public static CompilerPhases Of(Compilation compilation) => new(
        Time(() => compilation.Clone().GetDeclarationDiagnostics()),
        Time(() => compilation.Clone().GetDiagnostics()),
        Time(() => compilation.Clone().Emit(Stream.Null)),
        Time(() => compilation.Clone().Emit(Stream.Null, xmlDocumentationStream: Stream.Null)));

    private static TimeSpan Time(Action phase)
    {
        var watch = Stopwatch.StartNew();
        phase();
        return watch.Elapsed;
    }
}
