namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// One sentence's report of a meeting held, as a detection family found it: the name (layout spaces removed), the
/// article, where the name stands in the seed, the chair when the same clause names one, and the date the sentence gives.
/// </summary>
internal sealed record MeetingMention(string Name, int Article, int SeedOffset, string? Chair, string? Date);
