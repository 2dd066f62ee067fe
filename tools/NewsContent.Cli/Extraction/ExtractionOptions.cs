using NewsContent.Generator.Naming;

namespace NewsContent.Cli.Extraction;

/// <summary>The project-wide settings the build would pass the generator (ContentIdentifierStyle, ContentNamespace, ContentPublishedOn).</summary>
internal sealed record ExtractionOptions(IdentifierStyle Style, string Namespace, string? DefaultPublishedOn)
{
    public static ExtractionOptions Default { get; } = new(IdentifierStyle.Pinyin, "NewsContent", null);
}
