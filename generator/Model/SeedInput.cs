namespace NewsContent.Generator.Model;

/// <summary>The first, small and equatable pipeline value: one seed file's text and its metadata.</summary>
/// <param name="Path">The file path as the compiler sees it (used to locate diagnostics).</param>
/// <param name="RelativePath">The seed's path relative to its project, with '/' separators (names the hint file).</param>
/// <param name="Text">The decoded text, or null when it could not be read.</param>
/// <param name="PublishedOn">The publication date metadata as written (yyyy-MM-dd), or null.</param>
/// <param name="DecodeFailed">True when the bytes were not valid UTF-8 (replacement characters were found).</param>
/// <param name="ReadError">Why the file could not be read at all (the exception's type and message), or null.</param>
internal sealed record SeedInput(string Path, string RelativePath, string? Text, string? PublishedOn, bool DecodeFailed, string? ReadError = null)
{
    /// <summary>The paper the page belongs to (the item's Paper metadata), or null: pages of one paper and date are one issue.</summary>
    public string? Paper { get; init; }

    /// <summary>The page number as the item's Page metadata writes it (4, A04, 四), or null: then the page furniture says it.</summary>
    public string? PageNumber { get; init; }
}
