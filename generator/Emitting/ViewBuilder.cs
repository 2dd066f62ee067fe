using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// Turns named models into the views the templates render, with every value already a safe literal: a record's own
/// fields come from <see cref="ModelLiterals"/>; this adds only what is computed from the page (member names, ids,
/// docs, locations, dates as expressions).
/// </summary>
internal static class ViewBuilder
{
    /// <param name="seedFile">The seed's full path, where go to definition should land (#line directives).</param>
    public static SeedView Seed(NamedPage named, string ns, string seedFile)
    {
        var page = named.Page;
        var path = page.RelativePath;
        var view = new SeedView { Namespace = ns, SeedClass = named.SeedClass, SeedPath = CSharpLiteral.Doc(path) };
        var text = new Utf8Table("T");
        for (var i = 0; i < page.Articles.Count; i++)
        {
            var a = page.Articles[i];
            var fields = ModelLiterals.Of(a, text);
            fields.SetValue("Member", named.ArticleMembers[i], false);
            fields.SetValue("Index", i, false);
            fields.SetValue("HeadlineConstant", CSharpLiteral.String(a.Headline), false);
            fields.SetValue("Doc", Doc(a.Headline.Length > 0 ? a.Headline : FirstWords(a), path, a.Source), false);
            fields.SetValue("Id", text.String(ContentIds.Article(path, a.Number)), false);
            fields.SetValue("Source", At(a.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, a.Source, a.Headline.Length), false);
            view.Articles.Add(fields);
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            var full = MeetingModel.IsFullDate(m.Date);
            var fields = ModelLiterals.Of(m, text);
            fields.SetValue("Member", named.MeetingMembers[i], false);
            fields.SetValue("Index", i, false);
            fields.SetValue("NameConstant", CSharpLiteral.String(m.Name), false);
            fields.SetValue("DateConstant", CSharpLiteral.String(m.Date), false);
            fields.SetValue("Doc", Doc(m.Name + (m.Chairs.Count == 0 ? string.Empty : "（" + string.Join("、", m.Chairs) + "主持）") + (m.Date is null ? string.Empty : " " + m.Date), path, m.Source), false);
            fields.SetValue("Id", text.String(ContentIds.Meeting(path, i + 1)), false);
            fields.SetValue("DateText", text.String(m.Date), false);
            fields.SetValue("HasDate", full, false);
            fields.SetValue("Date", full ? DateExpression(m.Date!) : "null", false);
            fields.SetValue("ArticleId", text.String(ContentIds.Article(path, m.ArticleNumber)), false);
            fields.SetValue("MentionedIn", text.Strings(m.MentionedIn.Select(n => ContentIds.Article(path, n)).ToList()), false);
            fields.SetValue("Source", At(m.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, m.Source), false);
            view.Meetings.Add(fields);
        }

        var quantities = 0;
        var inNames = 0;
        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            var fields = ModelLiterals.Of(f, text);
            fields.SetValue("Member", named.FigureMembers[i], false);
            fields.SetValue("Doc", Doc(f.Text + "：" + f.Counts, path, f.Source), false);
            fields.SetValue("Id", text.String(ContentIds.Figure(path, i + 1)), false);
            fields.SetValue("Value", CSharpLiteral.Decimal(f.Value), false);
            fields.SetValue("NormalizedValue", CSharpLiteral.Decimal(f.NormalizedValue), false);
            fields.SetValue("ArticleId", text.String(ContentIds.Article(path, f.ArticleNumber)), false);
            fields.SetValue("Source", At(f.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, f.Source), false);
            fields.SetValue("Kind", f.Kind.Member(), false);
            fields.SetValue("IsQuantity", f.Kind == FigureKind.Quantity, false);
            fields.SetValue("Index", f.Kind == FigureKind.Quantity ? quantities++ : inNames++, false);
            view.Figures.Add(fields);
        }

        view.SeedFile = text.String(path);
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
        var view = new PeopleShardView { Namespace = ns, ShardClass = shard.ClassName, Order = CSharpLiteral.Ints(shard.Order) };
        var text = new Utf8Table("T");
        for (var i = 0; i < shard.People.Count; i++)
        {
            var person = shard.People[i];
            view.People.Add(new PersonView
            {
                Member = person.Member,
                LineMap = i < sources.Count && !sources[i].IsNone ? LineDirectives.To(sources[i].Path, sources[i].Span) : string.Empty,
                Index = i,
                Doc = CSharpLiteral.Doc(person.Name + (person.Titles.Count > 0 ? "（" + string.Join("、", person.Titles) + "）" : string.Empty)),
                NameConstant = CSharpLiteral.String(person.Name),
                Id = text.String(person.Name),
                Name = text.String(person.Name),
                Titles = text.Strings(person.Titles),
                ArticleIds = text.Strings(person.ArticleIds),
                MeetingIds = text.Strings(person.MeetingIds),
            });
        }

        view.Utf8 = text.Utf8Literal();
        view.Ends = text.EndsLiteral();
        return view;
    }

    private static string FirstWords(ArticleModel article) =>
        article.Paragraphs.Count == 0 ? string.Empty : article.Paragraphs[0].Length > 30 ? article.Paragraphs[0].Substring(0, 30) + "…" : article.Paragraphs[0];

    private static string Doc(string text, string path, SourceSpan span) =>
        CSharpLiteral.Doc(text) + " (" + CSharpLiteral.Doc(path) + ":" + span.Line.ToString(CultureInfo.InvariantCulture) + ")";

    /// <summary>A place in the seed, through the seed class's own At(line, column) (the path is written once).</summary>
    private static string At(SourceSpan span) =>
        "At(" + span.Line.ToString(CultureInfo.InvariantCulture) + ", " + span.Column.ToString(CultureInfo.InvariantCulture) + ")";

    private static string DateExpression(string iso) =>
        "new global::System.DateTime(" + int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
        + int.Parse(iso.Substring(5, 2), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ", "
        + int.Parse(iso.Substring(8, 2), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + ")";
}
