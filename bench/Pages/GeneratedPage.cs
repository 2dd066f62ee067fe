using System.Text;

namespace NewsContent.Benchmarks.Pages;

/// <summary>One seed of a generated archive: its project-relative path, publication date and text.</summary>
internal sealed record GeneratedPage(string RelativePath, string PublishedOn, string Text)
{
    public int Utf8Bytes => Encoding.UTF8.GetByteCount(Text);
}
