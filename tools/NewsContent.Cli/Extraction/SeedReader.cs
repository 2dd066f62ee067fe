using System.IO;
using System.Text;

namespace NewsContent.Cli.Extraction;

/// <summary>Reads a seed the way the generator receives it: UTF-8 (BOM dropped), invalid bytes decoded to U+FFFD and reported.</summary>
internal static class SeedReader
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Read(string path) => File.ReadAllText(path, Utf8);
}
