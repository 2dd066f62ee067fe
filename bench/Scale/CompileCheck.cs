using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace NewsContent.Benchmarks.Scale;

/// <summary>
/// Whether the generated code still makes an assembly, and how full its metadata heaps are. The #US heap (string
/// literals loaded by ldstr) is addressed by 24-bit tokens, so it holds at most 16 MB (2^24 bytes); past that the
/// compiler stops with CS8103. Constants live in #Blob, names in #Strings.
/// </summary>
internal sealed record CompileCheck(bool Success, IReadOnlyList<string> Errors, long AssemblyBytes, int UserStringHeap, int StringHeap, int BlobHeap, TimeSpan EmitTime)
{
    /// <summary>Where the compiler's time goes, each phase on a fresh clone (no semantic caches carried over).</summary>
    public CompilerPhases? Phases { get; init; }

    public const int UserStringLimit = 1 << 24;

    public static CompileCheck Of(Compilation compilation, bool phases = false)
    {
        var measured = phases ? CompilerPhases.Of(compilation) : null;
        using var peStream = new MemoryStream();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = compilation.Emit(peStream);
        watch.Stop();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(5).ToList();
        if (!result.Success)
        {
            return new CompileCheck(false, errors, 0, 0, 0, 0, watch.Elapsed) { Phases = measured };
        }

        peStream.Position = 0;
        using var pe = new PEReader(peStream);
        var metadata = pe.GetMetadataReader();
        return new CompileCheck(
            true,
            errors,
            peStream.Length,
            metadata.GetHeapSize(HeapIndex.UserString),
            metadata.GetHeapSize(HeapIndex.String),
            metadata.GetHeapSize(HeapIndex.Blob),
            watch.Elapsed) { Phases = measured };
    }
}
