namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>
/// One sentence's report of a meeting held, as a detection family found it: the name (layout spaces removed), the
/// article, where the name stands in the seed, the chairs when the same clause names them, the date the sentence gives,
/// and whether the dispatch's date may stand in for a date the sentence lacks (not for a printed speech's deck, whose
/// dispatch is filed after the speech).
/// </summary>
internal sealed record MeetingMention(string Name, int Article, int SeedOffset, System.Collections.Generic.IReadOnlyList<string> Chairs, string? Date, bool DispatchDates = true);
