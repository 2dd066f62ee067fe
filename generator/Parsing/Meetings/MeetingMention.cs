namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// One sentence's report of a meeting held, as a detection family found it: the name (layout spaces removed), the
/// article, where the name stands in the seed, the chairs when the same clause names them, and the date the sentence gives.
/// </summary>
internal sealed record MeetingMention(string Name, int Article, int SeedOffset, System.Collections.Generic.IReadOnlyList<string> Chairs, string? Date);
