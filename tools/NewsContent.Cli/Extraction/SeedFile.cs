namespace NewsContent.Cli.Extraction;

/// <summary>One seed to extract, as a ContentSeed item describes it.</summary>
/// <param name="FullPath">Where to read it.</param>
/// <param name="ItemPath">The path as the project spells it (the item's identity): ids and names derive from it, as in the build.</param>
/// <param name="PublishedOn">The item's PublishedOn metadata, or null.</param>
internal sealed record SeedFile(string FullPath, string ItemPath, string? PublishedOn)
{
    /// <summary>The item's Paper metadata, or null.</summary>
    public string? Paper { get; init; }

    /// <summary>The item's Page metadata as written, or null.</summary>
    public string? Page { get; init; }
}
