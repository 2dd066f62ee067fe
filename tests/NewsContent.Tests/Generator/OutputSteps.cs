using System.Collections;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace NewsContent.Tests.Generator;

/// <summary>
/// What the driver's output nodes (one per RegisterSourceOutput) did in a run. An output node that re-ran records
/// its (sources, diagnostics) pair as New; one that was skipped is Cached. Reading the pair tells which hint names
/// were really re-emitted, which the generated sources alone cannot (a cached source is handed back unchanged).
/// </summary>
internal static class OutputSteps
{
    /// <summary>Roslyn's tracking name for every RegisterSourceOutput node.</summary>
    public const string SourceOutput = "SourceOutput";

    /// <summary>Every output-node result of the run, with the hint names and diagnostic ids it produced.</summary>
    public static IReadOnlyList<OutputStep> Of(GeneratorRun run)
    {
        if (!run.Generator.TrackedOutputSteps.TryGetValue(SourceOutput, out var steps))
        {
            return Array.Empty<OutputStep>();
        }

        return steps
            .SelectMany(step => step.Outputs)
            .Select(output => new OutputStep(output.Reason, HintNames(output.Value), DiagnosticIds(output.Value)))
            .ToList();
    }

    /// <summary>Hint names of the sources that output nodes produced again in this run (not handed back from cache).</summary>
    public static IReadOnlyList<string> ReemittedHintNames(GeneratorRun run) =>
        Of(run).Where(o => o.Reran).SelectMany(o => o.HintNames).OrderBy(n => n, StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> HintNames(object value) =>
        Part(value, 0).Select(source => (string)source.GetType().GetProperty("HintName")!.GetValue(source)!).ToList();

    private static IReadOnlyList<string> DiagnosticIds(object value) =>
        Part(value, 1).Cast<Diagnostic>().Select(d => d.Id).ToList();

    /// <summary>The node's value is a (ImmutableArray&lt;GeneratedSourceText&gt;, ImmutableArray&lt;Diagnostic&gt;) tuple; GeneratedSourceText is internal to Roslyn.</summary>
    private static IEnumerable<object> Part(object value, int index)
    {
        var tuple = Assert.IsAssignableFrom<ITuple>(value);
        var items = Assert.IsAssignableFrom<IEnumerable>(tuple[index]);
        return items.Cast<object>();
    }
}

/// <summary>One output node's result in one run.</summary>
internal sealed record OutputStep(IncrementalStepRunReason Reason, IReadOnlyList<string> HintNames, IReadOnlyList<string> DiagnosticIds)
{
    public bool Reran => Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified;

    public override string ToString() => Reason + "[" + string.Join(", ", HintNames.Concat(DiagnosticIds)) + "]";
}
