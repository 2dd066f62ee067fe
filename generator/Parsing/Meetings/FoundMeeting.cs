using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>A meeting found on a page, before it becomes a model: merged from its mentions, then given its details and links.</summary>
internal sealed class FoundMeeting
{
    public FoundMeeting(string name, int article, int seedOffset)
    {
        Name = name;
        Article = article;
        SeedOffset = seedOffset;
        Aliases.Add(name);
    }

    /// <summary>A meeting as one mention reports it.</summary>
    public FoundMeeting(MeetingMention mention)
        : this(mention.Name, mention.Article, mention.SeedOffset)
    {
        Chairs.AddRange(mention.Chairs);
        Date = mention.Date;
        DispatchDates = mention.DispatchDates;
        MentionOffsets.Add(mention.SeedOffset);
    }

    public string Name { get; set; }

    public int Article { get; }

    public int SeedOffset { get; }

    public List<string> Aliases { get; } = new();

    /// <summary>Who chaired it, co-chairs in text order.</summary>
    public List<string> Chairs { get; } = new();

    /// <summary>The first chair, or null.</summary>
    public string? Chair => Chairs.Count > 0 ? Chairs[0] : null;

    public string? Date { get; set; }

    /// <summary>The dispatch's date may stand in for a date no mention gives (see <see cref="MeetingMention.DispatchDates"/>).</summary>
    public bool DispatchDates { get; set; }

    public List<string> Attendees { get; } = new();

    /// <summary>Where the mentions merged into this meeting stand: meetings of one list (X、Y接连召开) share one.</summary>
    public HashSet<int> MentionOffsets { get; } = new();

    public List<string> Documents { get; } = new();

    public SortedSet<int> MentionedIn { get; } = new();

    public int? Ordinal => MeetingNames.Ordinal(Name);
}
