namespace NewsContent.Tests.Scoring;

/// <summary>
/// One way the extraction of a page differs from its gold: a missed or extra item, or a wrong attribute of a
/// matched one. The detail names the item by gold text (or by the printed text around an extra), never by a
/// position, so an unrelated change elsewhere on the page leaves it as it is.
/// </summary>
public sealed record Difference(string Page, string Kind, string Detail)
{
    /// <summary>The line of the known-differences file: tab-separated, one difference a line.</summary>
    public string ToLine() => Page + "\t" + Kind + "\t" + Detail;

    public static Difference? FromLine(string line)
    {
        var parts = line.Split('\t', 3);
        return parts.Length == 3 ? new Difference(parts[0], parts[1], parts[2]) : null;
    }

    public override string ToString() => $"{Kind}: {Detail}";
}

/// <summary>The kinds of difference, one per promise of the model (README "What is extracted").</summary>
public static class DifferenceKinds
{
    public const string ArticleMissed = "article.missed";
    public const string ArticleExtra = "article.extra";
    public const string ArticleHeadline = "article.headline";
    public const string ArticleDateline = "article.dateline";
    public const string ArticleByline = "article.byline";
    public const string ArticleContinuedOn = "article.continued-on";
    public const string ArticleContinuedFrom = "article.continued-from";

    public const string MeetingMissed = "meeting.missed";
    public const string MeetingExtra = "meeting.extra";
    public const string MeetingChair = "meeting.chair";
    public const string MeetingDate = "meeting.date";
    public const string MeetingAttendeeMissed = "meeting.attendee-missed";
    public const string MeetingAttendeeExtra = "meeting.attendee-extra";
    public const string MeetingDocumentMissed = "meeting.document-missed";
    public const string MeetingDocumentExtra = "meeting.document-extra";

    public const string FigureMissed = "figure.missed";
    public const string FigureExtra = "figure.extra";
    public const string FigureValue = "figure.value";
    public const string FigureUnit = "figure.unit";
    public const string FigureCounts = "figure.counts";

    public const string PersonMissed = "person.missed";
    public const string PersonExtra = "person.extra";
    public const string PersonTitleMissed = "person.title-missed";
    public const string PersonTitleExtra = "person.title-extra";
}
