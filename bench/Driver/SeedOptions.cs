using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsContent.Benchmarks.Driver;

/// <summary>The analyzer-config metadata the content project's MSBuild items give each seed (NewsContentSeed, PublishedOn, SeedPath).</summary>
internal sealed class SeedOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(new Dictionary<string, string>());

    private readonly Dictionary<string, Options> byPath;

    public SeedOptions(IEnumerable<InMemorySeed> seeds)
    {
        byPath = seeds.ToDictionary(s => s.Path, ForSeed, StringComparer.Ordinal);
        GlobalOptions = new Options(new Dictionary<string, string>
        {
            ["build_property.ContentNamespace"] = "NewsContent",
            ["build_property.RootNamespace"] = "NewsContent",
        });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var options) ? options : None;

    private static Options ForSeed(InMemorySeed seed) => new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.NewsContentSeed"] = "true",
        ["build_metadata.AdditionalFiles.PublishedOn"] = seed.PublishedOn,
        ["build_metadata.AdditionalFiles.SeedPath"] = seed.RelativePath,
    });

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
