using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Naming.Renames;
using NewsContent.Generator.Pipeline;

namespace NewsContent.Generator;

/// <summary>The Roslyn edge: reads marked AdditionalFiles and MSBuild options into plain equatable values.</summary>
internal static class SeedInputReader
{
    public static bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.NewsContentSeed", out var flag)
        && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The content project's rename map (ContentRenames.txt), marked by the package's targets.</summary>
    public static bool IsRenameMap(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.NewsContentRenames", out var flag)
        && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);

    public static RenameMapInput ReadRenameMap(AdditionalText file, CancellationToken cancellation) =>
        new(file.Path, RenameMap.Parse(file.GetText(cancellation)?.ToString()));

    public static SeedInput Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellation)
    {
        var fileOptions = options.GetOptions(file);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.PublishedOn", out var publishedOn);
        fileOptions.TryGetValue("build_metadata.AdditionalFiles.SeedPath", out var seedPath);
        options.GlobalOptions.TryGetValue("build_property.ContentPublishedOn", out var defaultPublishedOn);
        var relative = ContentPipeline.RelativePath(string.IsNullOrWhiteSpace(seedPath) ? System.IO.Path.GetFileName(file.Path) : seedPath!);
        var published = string.IsNullOrWhiteSpace(publishedOn) ? (string.IsNullOrWhiteSpace(defaultPublishedOn) ? null : defaultPublishedOn) : publishedOn;
        try
        {
            var source = file.GetText(cancellation);
            var (text, decodeFailed) = source is null ? ((string?)null, false) : SeedDecoding.Read(source);
            return new SeedInput(file.Path, relative, text, published, decodeFailed);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A file that cannot be read (locked, deleted mid-build, a host's AdditionalText that throws) fails alone, as CONTENT009.
            return new SeedInput(file.Path, relative, null, published, false, exception.GetType().Name + ": " + exception.Message);
        }
    }

    public static GeneratorOptions ReadOptions(AnalyzerConfigOptionsProvider options)
    {
        var global = options.GlobalOptions;
        global.TryGetValue("build_property.ContentNamespace", out var ns);
        global.TryGetValue("build_property.RootNamespace", out var root);
        global.TryGetValue("build_property.ContentIdentifierStyle", out var style);
        global.TryGetValue("build_property.ContentPublishedOn", out var published);
        var chosen = !string.IsNullOrWhiteSpace(ns) ? ns! : !string.IsNullOrWhiteSpace(root) ? root! : "NewsContent";
        return new GeneratorOptions(
            NamespaceNames.Create(chosen),
            string.Equals(style, "Hanzi", StringComparison.OrdinalIgnoreCase) ? IdentifierStyle.Hanzi : IdentifierStyle.Pinyin,
            string.IsNullOrWhiteSpace(published) ? null : published);
    }
}
