using System.Linq;

namespace NewsContent.Generator.Naming;

/// <summary>
/// The generated classes members are declared in: each kind's own class (Articles) and the classes of its constants
/// (ArticleHeadlines). One table for naming (a member may not take the name of a class it is declared in), the rename
/// map (which classes a line may name) and the forwarders (where an old name is declared again).
/// </summary>
internal static class MemberClasses
{
    public const string Articles = nameof(Articles);
    public const string ArticleHeadlines = nameof(ArticleHeadlines);
    public const string Meetings = nameof(Meetings);
    public const string MeetingNames = nameof(MeetingNames);
    public const string MeetingDates = nameof(MeetingDates);
    public const string Figures = nameof(Figures);
    public const string FigureValues = nameof(FigureValues);
    public const string People = nameof(People);
    public const string PersonNames = nameof(PersonNames);
    public const string Catalog = nameof(Catalog);

    public static readonly string[] Article = { Articles, ArticleHeadlines };
    public static readonly string[] Meeting = { Meetings, MeetingNames, MeetingDates };
    public static readonly string[] Figure = { Figures, FigureValues };
    public static readonly string[] Person = { People, PersonNames };

    /// <summary>The classes a seed's own members are declared in (people are the directory's).</summary>
    public static readonly string[] OfSeeds = Article.Concat(Meeting).Concat(Figure).ToArray();

    /// <summary>Every generated class a content member can be reached through, the catalog included.</summary>
    public static readonly string[] All = OfSeeds.Concat(Person).Append(Catalog).ToArray();
}
