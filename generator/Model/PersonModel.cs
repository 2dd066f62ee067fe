namespace NewsContent.Generator.Model;

/// <summary>A named person of a page, with the titles the text gives them.</summary>
internal sealed record PersonModel(
    string Name,
    EquatableArray<string> Titles,
    EquatableArray<int> Articles,
    EquatableArray<int> Meetings,
    SourceSpan Source);
