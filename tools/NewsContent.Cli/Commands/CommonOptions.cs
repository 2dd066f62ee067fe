using System;
using NewsContent.Cli.Extraction;
using NewsContent.Generator;
using NewsContent.Generator.Naming;

namespace NewsContent.Cli.Commands;

/// <summary>The options every command shares, read as the build reads the matching MSBuild properties.</summary>
internal static class CommonOptions
{
    public static ExtractionOptions Read(Arguments arguments)
    {
        var style = arguments.Take("--style");
        var ns = arguments.Take("--namespace");
        var publishedOn = arguments.Take("--published-on");
        IdentifierStyle parsedStyle;
        if (string.IsNullOrWhiteSpace(style) || string.Equals(style, "Pinyin", StringComparison.OrdinalIgnoreCase))
        {
            parsedStyle = IdentifierStyle.Pinyin;
        }
        else if (string.Equals(style, "Hanzi", StringComparison.OrdinalIgnoreCase))
        {
            parsedStyle = IdentifierStyle.Hanzi;
        }
        else
        {
            throw new UsageException("--style must be Pinyin or Hanzi, not '" + style + "'.");
        }

        return new ExtractionOptions(
            parsedStyle,
            string.IsNullOrWhiteSpace(ns) ? ExtractionOptions.Default.Namespace : NamespaceNames.Create(ns!),
            string.IsNullOrWhiteSpace(publishedOn) ? null : publishedOn);
    }
}
