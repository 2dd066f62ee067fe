using System;
using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Meetings;

/// <summary>The other articles of the page that mention a meeting by name.</summary>
internal static class MeetingLinks
{
    public static void Link(IReadOnlyList<FoundMeeting> meetings, IReadOnlyList<ArticleText> articles)
    {
        foreach (var meeting in meetings)
        {
            var mention = Mention(meeting.Name);
            foreach (var article in articles)
            {
                if (article.Number == meeting.Article)
                {
                    continue;
                }

                foreach (var segment in article.All)
                {
                    if (IsMentioned(segment.Text, mention))
                    {
                        meeting.MentionedIn.Add(article.Number);
                    }
                }
            }
        }
    }

    /// <summary>How a meeting's name is looked for in other articles: the whole name, or its core and its session tail apart.</summary>
    private static (string Name, string? Core, string? Tail) Mention(string name)
    {
        var core = MeetingNames.Core(name);
        return MeetingNames.Ordinal(name) is null || !name.StartsWith(core, StringComparison.Ordinal) ? (name, null, null) : (name, core, name.Substring(core.Length));
    }

    private static bool IsMentioned(string text, (string Name, string? Core, string? Tail) mention) =>
        text.IndexOf(mention.Name, StringComparison.Ordinal) >= 0
        || (mention.Core is not null && text.IndexOf(mention.Core, StringComparison.Ordinal) >= 0 && text.IndexOf(mention.Tail!, StringComparison.Ordinal) >= 0);
}
