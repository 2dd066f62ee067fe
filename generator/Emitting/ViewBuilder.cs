using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Generator.Emitting;

/// <summary>Turns named models into the views the templates render, with every value already a safe literal.</summary>
internal static class ViewBuilder
{
    public static SeedView Seed(NamedPage named, string ns)
    {
        var page = named.Page;
        var path = page.RelativePath;
        var view = new SeedView { Namespace = ns, SeedClass = named.SeedClass, SeedPath = CSharpLiteral.Doc(path) };
        for (var i = 0; i < page.Articles.Count; i++)
        {
            var a = page.Articles[i];
            view.Articles.Add(new ArticleView
            {
                Member = named.ArticleMembers[i],
                Doc = Doc(a.Headline.Length > 0 ? a.Headline : FirstWords(a), path, a.Source),
                Id = CSharpLiteral.String(ContentIds.Article(path, a.Number)),
                Headline = CSharpLiteral.String(a.Headline),
                Subheadings = CSharpLiteral.Strings(a.Subheadings),
                Fragments = CSharpLiteral.Strings(a.Fragments),
                Dateline = CSharpLiteral.String(a.Dateline),
                DatelineDate = CSharpLiteral.String(a.DatelineDate),
                Byline = CSharpLiteral.String(a.Byline),
                ContinuedOnPage = CSharpLiteral.NullableInt(a.ContinuedOnPage),
                ContinuedFromPage = CSharpLiteral.NullableInt(a.ContinuedFromPage),
                Paragraphs = CSharpLiteral.Strings(a.Paragraphs),
                Kind = CSharpLiteral.String(a.Kind.Word()),
                Source = Location(ns, path, a.Source),
            });
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            var full = m.Date is { Length: 10 } date && date[0] != '-';
            view.Meetings.Add(new MeetingView
            {
                Member = named.MeetingMembers[i],
                Doc = Doc(m.Name + (m.Chair is null ? string.Empty : "（" + m.Chair + "主持）") + (m.Date is null ? string.Empty : " " + m.Date), path, m.Source),
                Id = CSharpLiteral.String(ContentIds.Meeting(path, i + 1)),
                Name = CSharpLiteral.String(m.Name),
                Aliases = CSharpLiteral.Strings(m.Aliases),
                Ordinal = CSharpLiteral.NullableInt(m.Ordinal),
                DateText = CSharpLiteral.String(m.Date),
                HasDate = full,
                Date = full ? DateExpression(m.Date!) : "null",
                Chair = CSharpLiteral.String(m.Chair),
                Attendees = CSharpLiteral.Strings(m.Attendees),
                Documents = CSharpLiteral.Strings(m.Documents),
                ArticleId = CSharpLiteral.String(ContentIds.Article(path, m.ArticleNumber)),
                MentionedIn = CSharpLiteral.Strings(m.MentionedIn.Select(n => ContentIds.Article(path, n))),
                Source = Location(ns, path, m.Source),
            });
        }

        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            view.Figures.Add(new FigureView
            {
                Member = named.FigureMembers[i],
                Doc = Doc(f.Text + "：" + f.Counts, path, f.Source),
                Id = CSharpLiteral.String(ContentIds.Figure(path, i + 1)),
                Text = CSharpLiteral.String(f.Text),
                Value = CSharpLiteral.Decimal(f.Value),
                Unit = CSharpLiteral.String(f.Unit),
                NormalizedValue = CSharpLiteral.Decimal(f.NormalizedValue),
                BaseUnit = CSharpLiteral.String(f.BaseUnit),
                Qualifier = CSharpLiteral.String(f.Qualifier),
                Counts = CSharpLiteral.String(f.Counts),
                ArticleId = CSharpLiteral.String(ContentIds.Article(path, f.ArticleNumber)),
                Source = Location(ns, path, f.Source),
                Kind = f.Kind.Member(),
                IsQuantity = f.Kind == FigureKind.Quantity,
            });
        }

        return view;
    }

    public static CatalogView Catalog(IEnumerable<(string RelativePath, string SeedClass)> seeds, EquatableArray<NamedPerson> people, string ns)
    {
        var view = new CatalogView { Namespace = ns };
        view.Seeds.AddRange(seeds.OrderBy(p => p.RelativePath, System.StringComparer.Ordinal).ThenBy(p => p.SeedClass, System.StringComparer.Ordinal).Select(p => p.SeedClass));
        foreach (var person in people)
        {
            view.People.Add(new PersonView
            {
                Member = person.Member,
                Doc = CSharpLiteral.Doc(person.Name + (person.Titles.Count > 0 ? "（" + string.Join("、", person.Titles) + "）" : string.Empty)),
                Id = CSharpLiteral.String(person.Name),
                Name = CSharpLiteral.String(person.Name),
                Titles = CSharpLiteral.Strings(person.Titles),
                ArticleIds = CSharpLiteral.Strings(person.ArticleIds),
                MeetingIds = CSharpLiteral.Strings(person.MeetingIds),
            });
        }

        return view;
    }

    private static string FirstWords(ArticleModel article) =>
        article.Paragraphs.Count == 0 ? string.Empty : article.Paragraphs[0].Length > 30 ? article.Paragraphs[0].Substring(0, 30) + "…" : article.Paragraphs[0];

    private static string Doc(string text, string path, SourceSpan span) =>
        CSharpLiteral.Doc(text) + " (" + CSharpLiteral.Doc(path) + ":" + span.Line.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Location(string ns, string path, SourceSpan span) =>
        "new global::" + ns + ".SourceLocation(" + CSharpLiteral.String(path) + ", " + span.Line.ToString(CultureInfo.InvariantCulture) + ", " + span.Column.ToString(CultureInfo.InvariantCulture) + ")";

    private static string DateExpression(string iso) =>
        "new global::System.DateTime(" + int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
        + int.Parse(iso.Substring(5, 2), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
        + int.Parse(iso.Substring(8, 2), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")";
}
