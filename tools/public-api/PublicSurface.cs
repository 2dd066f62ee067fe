using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsContent.PublicApi;

/// <summary>Lists the public API lines of generated sources exactly as PublicApiAnalyzers spells them: the
/// analyzer runs over the sources against empty API files, and each RS0016 carries its line in its properties
/// (the same text its code fix would write). Writing the lines ourselves would drift from the analyzer's format.</summary>
internal static class PublicSurface
{
    private const string NullableHeader = "#nullable enable";

    public static async Task<IReadOnlyList<string>> ListAsync(IReadOnlyList<(string Path, string Text)> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, Encoding.UTF8), parseOptions, s.Path));
        var compilation = CSharpCompilation.Create(
            "NewsContent",
            trees,
            RuntimeReferences(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (compileErrors.Count > 0)
        {
            throw new InvalidOperationException("Generated sources do not compile: " + string.Join("\n", compileErrors.Take(5)));
        }

        var emptyApiFiles = ImmutableArray.Create<AdditionalText>(
            new ApiText("PublicAPI.Shipped.txt", NullableHeader),
            new ApiText("PublicAPI.Unshipped.txt", NullableHeader));
        var diagnostics = await compilation
            .WithAnalyzers(LoadAnalyzers(), new AnalyzerOptions(emptyApiFiles))
            .GetAnalyzerDiagnosticsAsync();

        return diagnostics
            .Where(d => d.Id == "RS0016")
            .Select(d => d.Properties.TryGetValue("APINameWithNullability", out var withNullability) && withNullability is not null
                ? withNullability
                : d.Properties["APIName"]!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static ImmutableArray<DiagnosticAnalyzer> LoadAnalyzers()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "analyzer", "Microsoft.CodeAnalysis.PublicApiAnalyzers.dll");
        var reference = new AnalyzerFileReference(path, new AnalyzerAssemblyLoader());
        return reference.GetAnalyzers(LanguageNames.CSharp);
    }

    /// <summary>The running runtime's assemblies: enough to bind generated code that uses only the BCL.</summary>
    private static IEnumerable<MetadataReference> RuntimeReferences()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return Directory.GetFiles(runtimeDir, "*.dll")
            .Where(IsManagedAssembly)
            .Select(p => MetadataReference.CreateFromFile(p));
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private sealed class ApiText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
