using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator;

namespace NewsContent.Tests.Generator;

/// <summary>Runs <see cref="ContentGenerator"/> in memory over seeds given as AdditionalFiles with their analyzer-config metadata.</summary>
internal sealed class GeneratorHarness
{
    public const string DesignSeedFile = "000_267acecd1d091097.txt";
    public const string DesignSeedPath = "seeds/" + DesignSeedFile;
    public const string DesignPublishedOn = "2020-02-18";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private readonly List<AdditionalText> texts = new();
    private readonly Dictionary<string, Dictionary<string, string>> fileOptions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> globalOptions = new(StringComparer.Ordinal);
    private readonly List<SyntaxTree> trees = new();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The framework assemblies a generated tree compiles against.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences => References.Value;

    public IReadOnlyList<AdditionalText> AdditionalTexts => texts;

    /// <summary>The design seed's text, as copied to the test output folder.</summary>
    public static string DesignSeedText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", DesignSeedFile));

    /// <summary>An absolute-looking path for an in-memory file (only used to locate diagnostics).</summary>
    public static string FullPath(string relative) => Path.Combine(AppContext.BaseDirectory, "virtual", relative.Replace('/', Path.DirectorySeparatorChar));

    public GeneratorHarness WithGlobal(string key, string value)
    {
        globalOptions[key] = value;
        return this;
    }

    public GeneratorHarness WithNamespace(string ns) => WithGlobal("build_property.ContentNamespace", ns);

    public GeneratorHarness WithIdentifierStyle(string style) => WithGlobal("build_property.ContentIdentifierStyle", style);

    /// <summary>Adds a seed: an AdditionalFile marked NewsContentSeed=true with optional PublishedOn and SeedPath metadata.</summary>
    public InMemoryAdditionalText AddSeed(string path, string text, string? publishedOn = null, string? seedPath = null, string? paper = null, string? page = null)
    {
        var file = new InMemoryAdditionalText(path, text);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["build_metadata.AdditionalFiles.NewsContentSeed"] = "true",
        };
        if (publishedOn is not null)
        {
            metadata["build_metadata.AdditionalFiles.PublishedOn"] = publishedOn;
        }

        if (seedPath is not null)
        {
            metadata["build_metadata.AdditionalFiles.SeedPath"] = seedPath;
        }

        if (paper is not null)
        {
            metadata["build_metadata.AdditionalFiles.Paper"] = paper;
        }

        if (page is not null)
        {
            metadata["build_metadata.AdditionalFiles.Page"] = page;
        }

        texts.Add(file);
        fileOptions[path] = metadata;
        return file;
    }

    /// <summary>Adds the design seed with the metadata the content project gives it.</summary>
    public InMemoryAdditionalText AddDesignSeed() =>
        AddSeed(FullPath(DesignSeedPath), DesignSeedText, DesignPublishedOn, DesignSeedPath);

    /// <summary>Adds an AdditionalFile that is not a seed (no NewsContentSeed metadata), e.g. PublicAPI.Shipped.txt.</summary>
    public InMemoryAdditionalText AddNonSeed(string path, string text)
    {
        var file = new InMemoryAdditionalText(path, text);
        texts.Add(file);
        fileOptions[path] = new Dictionary<string, string>(StringComparer.Ordinal);
        return file;
    }

    /// <summary>Adds a rename map: an AdditionalFile marked NewsContentRenames=true, as the package's targets mark ContentRenames.txt.</summary>
    public InMemoryAdditionalText AddRenameMap(string path, string text)
    {
        var file = new InMemoryAdditionalText(path, text);
        texts.Add(file);
        fileOptions[path] = new Dictionary<string, string>(StringComparer.Ordinal) { ["build_metadata.AdditionalFiles.NewsContentRenames"] = "true" };
        return file;
    }

    /// <summary>Registers metadata for a file created outside <see cref="AddSeed"/> (used when replacing a text).</summary>
    public void CopyMetadata(string fromPath, string toPath)
    {
        fileOptions[toPath] = new Dictionary<string, string>(fileOptions[fromPath], StringComparer.Ordinal);
    }

    public GeneratorHarness AddSource(string path, string source)
    {
        trees.Add(CSharpSyntaxTree.ParseText(source, ParseOptions, path, Encoding.UTF8));
        return this;
    }

    public CSharpCompilation CreateCompilation() =>
        CSharpCompilation.Create(
            "NewsContent.GeneratorTests",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public TestOptionsProvider CreateOptionsProvider() => new(fileOptions, globalOptions);

    public GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new ContentGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            CreateOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public GeneratorRun Run()
    {
        var compilation = CreateCompilation();
        var driver = CreateDriver();
        return GeneratorRun.Execute(driver, compilation);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
            }
            catch (BadImageFormatException)
            {
                continue;
            }
            catch (FileLoadException)
            {
                continue;
            }

            builder.Add(MetadataReference.CreateFromFile(path));
        }

        return builder.ToImmutable();
    }
}

/// <summary>One generator run: the advanced driver, its result and the compilation with the generated trees.</summary>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation InputCompilation,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Generator => Result.Results[0];

    public ImmutableArray<Diagnostic> CompilationDiagnostics => OutputCompilation.GetDiagnostics();

    public IEnumerable<Diagnostic> Errors => CompilationDiagnostics.Concat(DriverDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Every generated source by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Generator.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public static GeneratorRun Execute(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), compilation, output, diagnostics);
    }

    /// <summary>Runs the same driver again, over the given (or the same) input compilation.</summary>
    public GeneratorRun Rerun(Compilation? compilation = null, GeneratorDriver? driver = null) =>
        Execute(driver ?? Driver, compilation ?? InputCompilation);
}

/// <summary>An AdditionalFile held in memory.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public InMemoryAdditionalText(string path, string content)
    {
        Path = path;
        text = SourceText.From(content, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>Per-file metadata (keyed by AdditionalText.Path) and global options, as an .editorconfig/.globalconfig would give them.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly IReadOnlyDictionary<string, Dictionary<string, string>> files;

    public TestOptionsProvider(IReadOnlyDictionary<string, Dictionary<string, string>> files, IReadOnlyDictionary<string, string> global)
    {
        this.files = files;
        GlobalOptions = new DictionaryOptions(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        files.TryGetValue(textFile.Path, out var metadata) ? new DictionaryOptions(metadata) : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> values;

        public DictionaryOptions(IReadOnlyDictionary<string, string> values) =>
            this.values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => values.Keys;
    }
}
