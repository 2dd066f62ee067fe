using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsContent.Benchmarks.Driver;

/// <summary>A seed held in memory as the compiler would hand it over: an AdditionalText with its text decoded once.</summary>
internal sealed class InMemorySeed : AdditionalText
{
    private readonly SourceText text;

    public InMemorySeed(string path, string relativePath, string publishedOn, string content)
    {
        Path = path;
        RelativePath = relativePath;
        PublishedOn = publishedOn;
        text = SourceText.From(content, Encoding.UTF8);
    }

    public override string Path { get; }

    public string RelativePath { get; }

    public string PublishedOn { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    public InMemorySeed WithContent(string content) => new(Path, RelativePath, PublishedOn, content);

    /// <summary>A real edit inside a paragraph: the page's first digit changes, so a figure or a date changes and the page's source is emitted again.</summary>
    public InMemorySeed WithOneDigitChanged()
    {
        var content = text.ToString();
        var at = content.IndexOfAny("0123456789".ToCharArray());
        return WithContent(content.Substring(0, at) + (content[at] == '9' ? '1' : (char)(content[at] + 1)) + content.Substring(at + 1));
    }
}
