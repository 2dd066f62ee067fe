using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NewsContent.Generator;

/// <summary>
/// Undoes the compiler's fallback decode of a seed that is not valid UTF-8. The compiler reads an AdditionalFile as
/// UTF-8 and, when its bytes do not decode, reads the whole file again as a single-byte code page (Windows-1252 or
/// Latin-1): the page becomes mojibake with no U+FFFD, and the broken bytes would go unreported. Getting the bytes back
/// and decoding them as UTF-8 with U+FFFD keeps the rest of the page readable and lets CONTENT002 point at the bad bytes.
/// </summary>
internal static class SeedDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The seed's text as UTF-8 and whether the file failed to decode as UTF-8.</summary>
    public static (string Text, bool DecodeFailed) Read(SourceText source)
    {
        var text = source.ToString();
        var encoding = source.Encoding;
        if (encoding is null || !encoding.IsSingleByte)
        {
            return (text, text.IndexOf('\uFFFD') >= 0);
        }

        // A single-byte code page maps each byte to one character, so encoding again gives back the file's bytes.
        var bytes = encoding.GetBytes(text);
        try
        {
            return (StrictUtf8.GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return (LenientUtf8.GetString(bytes), true);
        }
    }
}
