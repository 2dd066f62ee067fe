using System;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>One sentence a detection family reads: its range in a segment of an article, and what dates it.</summary>
internal readonly struct MentionSentence
{
    /// <summary>
    /// The longest clause that is looked at, in characters. A meeting's name with its owner, session and kind runs to a
    /// few dozen characters (the longest in the gold, a joint sitting that names two documents, has 70); 120 leaves room
    /// for the words around it. A clause much longer is unpunctuated text naming no meeting, and the bound keeps every
    /// scan of it linear.
    /// </summary>
    public const int MaxClause = 120;

    public MentionSentence(int article, MappedText segment, int start, int end, DateTime? published, string? datelineDay)
    {
        Article = article;
        Segment = segment;
        Start = start;
        End = end;
        Published = published;
        DatelineDay = datelineDay;
    }

    public int Article { get; }

    public MappedText Segment { get; }

    /// <summary>The sentence's start in the segment's text.</summary>
    public int Start { get; }

    /// <summary>The sentence's end (exclusive) in the segment's text.</summary>
    public int End { get; }

    public DateTime? Published { get; }

    /// <summary>The dispatch's day from the article model (what its 今天 means), or null.</summary>
    public string? DatelineDay { get; }

    public string Text => Segment.Text;

    /// <summary>The clause holding <paramref name="at"/> starts here.</summary>
    public int ClauseStart(int at) => Clauses.Start(Text, Start, at, MaxClause, ClauseMarks.Meeting);

    /// <summary>The clause running from <paramref name="from"/> ends here.</summary>
    public int ClauseEnd(int from) => Clauses.End(Text, from, End, MaxClause, ClauseMarks.Meeting);

    /// <summary>Past a perfective 了 right after a verb ending at <paramref name="after"/> (召开了).</summary>
    public int SkipPerfective(int after) => after < End && Text[after] == MeetingVocabulary.Perfective ? after + 1 : after;

    /// <summary>The next <paramref name="value"/> from <paramref name="from"/> that ends inside the sentence, or -1.</summary>
    public int IndexOf(string value, int from)
    {
        var i = Text.IndexOf(value, from, StringComparison.Ordinal);
        return i >= 0 && i + value.Length <= End ? i : -1;
    }

    /// <summary>A mention of <paramref name="name"/> standing at <paramref name="at"/>, dated by the sentence around the verb at <paramref name="verbAt"/>.</summary>
    public MeetingMention Mention(string name, int at, int verbAt, System.Collections.Generic.IReadOnlyList<string>? chairs = null, bool dispatchDates = true) =>
        new(MeetingNames.Clean(name), Article, Segment.SeedOffset(at), chairs ?? System.Array.Empty<string>(), SentenceDates.Date(this, verbAt), dispatchDates);
}
