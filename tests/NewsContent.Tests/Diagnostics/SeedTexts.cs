using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsContent.Tests.Diagnostics;

/// <summary>An AdditionalFile read the way the compiler reads a file that is not valid UTF-8: in a single-byte code page.</summary>
internal sealed class SingleByteAdditionalText : AdditionalText
{
    private readonly SourceText text;

    public SingleByteAdditionalText(string path, byte[] bytes)
    {
        Path = path;
        text = SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>An AdditionalFile that cannot be read: the host throws, as a locked or vanished file can make it.</summary>
internal sealed class UnreadableAdditionalText : AdditionalText
{
    public UnreadableAdditionalText(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("The file is locked by another process.");
}
