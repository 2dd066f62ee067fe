using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// Turns named models into the views the templates render, with every value already a safe literal: the records as
/// rows of numbers into the file's strings (<see cref="RowTable"/>, <see cref="Utf8Table"/>), and per member its name,
/// doc, #line maps and constant.
/// </summary>
internal static class ViewBuilder
{
    // A hover shows a line or two; the doc is written twice per figure (member and constant), at a thousand pages
    // that is a hundred thousand doc lines.
    private const int FigureDocLength = 24;

    /// <param name="seedFile">The seed's full path, where go to definition should land (#line directives).</param>
    public static SeedView Seed(NamedPage named, string ns, string seedFile)
    {
        var page = named.Page;
        var path = page.RelativePath;
        var view = new SeedView
        {
            Namespace = ns,
            SeedClass = named.SeedClass,
            SeedPath = CSharpLiteral.Doc(path),
            ArticleField = Field(ns, "Article"),
            MeetingField = Field(ns, "Meeting"),
            FigureField = Field(ns, "Figure"),
        };
        var text = new Utf8Table();
        var file = text.IndexOf(path)!.Value;
        var pageId = text.IndexOf(ContentIds.Page(path))!.Value;
        var articles = new RowTable().Add(file).Add(pageId).Add(page.Articles.Count);
        for (var i = 0; i < page.Articles.Count; i++)
        {
            var a = page.Articles[i];
            articles.Add(a.Number).Add(text.IndexOf(a.Headline)!.Value)
                .Add(text.Run(a.Subheadings)).Add(text.Run(a.Fragments))
                .Add(text.IndexOf(a.Dateline)).Add(text.IndexOf(a.DatelineDate)).Add(text.IndexOf(a.Byline))
                .Add(a.ContinuedOnPage).Add(a.ContinuedFromPage).Add(text.Run(a.Paragraphs))
                .Add(text.IndexOf(KindWords.Of(a.Kind))!.Value).Add(a.Source.Line).Add(a.Source.Column);
            var title = a.Headline.Length > 0 ? a.Headline : FirstWords(a);
            view.Articles.Add(new MemberView
            {
                Member = named.ArticleMembers[i],
                Index = i,
                Doc = Doc(title, path, a.Source),
                ConstantDoc = CSharpLiteral.Doc(title),
                LineMap = LineDirectives.To(seedFile, a.Source, view.ArticleField, a.Headline.Length),
                ConstantLineMap = LineDirectives.To(seedFile, a.Source, SeedView.StringDeclaration, a.Headline.Length),
                Constant = CSharpLiteral.String(a.Headline),
            });
        }

        var meetings = new RowTable().Add(file).Add(pageId).Add(page.Meetings.Count);
        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            var full = MeetingModel.IsFullDate(m.Date);
            meetings.Add(i + 1).Add(text.IndexOf(m.Name)!.Value).Add(text.Run(m.Aliases))
                .Add(m.Ordinal).Add(text.IndexOf(m.Date)).Add(full ? DateNumber(m.Date!) : null).Add(text.IndexOf(m.Chair))
                .Add(text.Run(m.Chairs)).Add(text.Run(m.Attendees)).Add(text.Run(m.Documents))
                .Add(text.IndexOf(ContentIds.Article(path, m.ArticleNumber))!.Value)
                .Add(text.Run(m.MentionedIn.Select(n => ContentIds.Article(path, n)).ToList()))
                .Add(m.Source.Line).Add(m.Source.Column);
            var meetingText = MeetingText(m);
            view.Meetings.Add(new MemberView
            {
                Member = named.MeetingMembers[i],
                Index = i,
                Doc = Doc(meetingText, path, m.Source),
                ConstantDoc = CSharpLiteral.Doc(meetingText),
                LineMap = LineDirectives.To(seedFile, m.Source, view.MeetingField, 0),
                ConstantLineMap = LineDirectives.To(seedFile, m.Source, SeedView.StringDeclaration, 0),
                Constant = CSharpLiteral.String(m.Name),
                DateConstant = CSharpLiteral.String(m.Date),
                HasDate = full,
            });
        }

        var figures = new RowTable();
        var inNames = new RowTable();
        var quantityCount = page.Figures.Count(f => f.Kind == FigureKind.Quantity);
        figures.Add(file).Add(pageId).Add(quantityCount);
        inNames.Add(file).Add(pageId).Add(page.Figures.Count - quantityCount);
        var index = 0;
        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            (f.Kind == FigureKind.Quantity ? figures : inNames)
                .Add(i + 1).Add(text.IndexOf(f.Text)!.Value).Add(text.IndexOf(f.Value)!.Value)
                .Add(text.IndexOf(f.Unit)!.Value).Add(text.IndexOf(f.NormalizedValue)!.Value).Add(text.IndexOf(f.BaseUnit)!.Value)
                .Add(text.IndexOf(f.Qualifier)).Add(text.IndexOf(f.Counts)!.Value).Add(text.IndexOf(ContentIds.Article(path, f.ArticleNumber))!.Value)
                .Add(f.Source.Line).Add(f.Source.Column).Add(text.IndexOf(f.UpperValue));
            if (f.Kind != FigureKind.Quantity)
            {
                continue;
            }

            var figureText = FigureText(f);
            view.Figures.Add(new MemberView
            {
                Member = named.FigureMembers[i],
                Index = index++,
                Doc = Doc(figureText, path, f.Source),
                ConstantDoc = CSharpLiteral.Doc(figureText),
                LineMap = LineDirectives.To(seedFile, f.Source, view.FigureField, 0),
                ConstantLineMap = LineDirectives.To(seedFile, f.Source, SeedView.DecimalDeclaration, 0),
                Constant = CSharpLiteral.Decimal(f.Value),
            });
        }

        view.ArticleRows = articles.Literal();
        view.MeetingRows = meetings.Literal();
        view.FigureRows = figures.Literal();
        view.FigureInNameRows = inNames.Literal();
        view.Utf8 = text.Utf8Literal();
        view.Ends = text.EndsLiteral();
        return view;
    }

    public static CatalogView Catalog(IEnumerable<(string RelativePath, string SeedClass)> seeds, IEnumerable<string> peopleShards, string ns)
    {
        var view = new CatalogView { Namespace = ns };
        view.Seeds.AddRange(seeds.OrderBy(p => p.RelativePath, System.StringComparer.Ordinal).ThenBy(p => p.SeedClass, System.StringComparer.Ordinal).Select(p => p.SeedClass));
        view.PeopleShards.AddRange(peopleShards.OrderBy(s => s, System.StringComparer.Ordinal));
        return view;
    }

    /// <param name="sources">Where each of the shard's people is first named (<see cref="PersonSource.None"/>: not mapped), in its order; none at all when empty.</param>
    public static PeopleShardView People(PeopleShard shard, string ns, EquatableArray<PersonSource> sources = default)
    {
        var view = new PeopleShardView { Namespace = ns, ShardClass = shard.ClassName, PersonField = Field(ns, "Person"), Order = new RowTable().AddAll(shard.Order).Literal() };
        var text = new Utf8Table();
        var rows = new RowTable().Add(shard.People.Count);
        for (var i = 0; i < shard.People.Count; i++)
        {
            var person = shard.People[i];
            rows.Add(text.IndexOf(person.Name)!.Value).Add(text.Run(person.Titles)).Add(text.Run(person.ArticleIds)).Add(text.Run(person.MeetingIds));
            view.People.Add(new PersonView
            {
                Member = person.Member,
                // A person with no mention to map to ends the previous person's map (#line default), else their member would land in that seed.
                LineMap = i < sources.Count && !sources[i].IsNone ? LineDirectives.To(sources[i].Path, sources[i].Span, view.PersonField, 0) : LineDirectives.End,
                ConstantLineMap = i < sources.Count && !sources[i].IsNone ? LineDirectives.To(sources[i].Path, sources[i].Span, SeedView.StringDeclaration, 0) : LineDirectives.End,
                Index = i,
                Doc = CSharpLiteral.Doc(person.Name + (person.Titles.Count > 0 ? "（" + string.Join("、", person.Titles) + "）" : string.Empty)),
                NameConstant = CSharpLiteral.String(person.Name),
            });
        }

        view.Rows = rows.Literal();
        view.Utf8 = text.Utf8Literal();
        view.Ends = text.EndsLiteral();
        return view;
    }

    /// <summary>A figure's doc text: the figure and what it counts, cut at <see cref="FigureDocLength"/> (the whole clause is in <c>Counts</c>).</summary>
    private static string FigureText(FigureModel f) =>
        f.Text + "：" + (f.Counts.Length > FigureDocLength ? f.Counts.Substring(0, FigureDocLength) + "…" : f.Counts);

    private static string MeetingText(MeetingModel m) =>
        m.Name + (m.Chairs.Count == 0 ? string.Empty : "（" + string.Join("、", m.Chairs) + "主持）") + (m.Date is null ? string.Empty : " " + m.Date);

    private static string FirstWords(ArticleModel article) =>
        article.Paragraphs.Count == 0 ? string.Empty : article.Paragraphs[0].Length > 30 ? article.Paragraphs[0].Substring(0, 30) + "…" : article.Paragraphs[0];

    private static string Doc(string text, string path, SourceSpan span) =>
        CSharpLiteral.Doc(text) + " (" + CSharpLiteral.Doc(path) + ":" + span.Line.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>A member's declaration before its name: <c>public static readonly global::Ns.Article </c>.</summary>
    private static string Field(string ns, string record) => "public static readonly global::" + ns + "." + record + " ";

    /// <summary>A whole ISO date as the number yyyyMMdd (the rows' form of a date).</summary>
    private static int DateNumber(string iso) =>
        (int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture) * 10000) + (int.Parse(iso.Substring(5, 2), CultureInfo.InvariantCulture) * 100)
        + int.Parse(iso.Substring(8, 2), CultureInfo.InvariantCulture);
}
