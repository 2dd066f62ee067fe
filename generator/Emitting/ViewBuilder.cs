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
        for (var i = 0; i < page.Articles.Count; i++)
        {
            var a = page.Articles[i];
            var fields = ModelLiterals.Of(a);
            fields.SetValue("Member", named.ArticleMembers[i], false);
            fields.SetValue("Doc", Doc(a.Headline.Length > 0 ? a.Headline : FirstWords(a), path, a.Source), false);
            fields.SetValue("Id", CSharpLiteral.String(ContentIds.Article(path, a.Number)), false);
            fields.SetValue("Source", Location(ns, path, a.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, a.Source, a.Headline.Length), false);
            view.Articles.Add(fields);
        }

        for (var i = 0; i < page.Meetings.Count; i++)
        {
            var m = page.Meetings[i];
            var full = MeetingModel.IsFullDate(m.Date);
            var fields = ModelLiterals.Of(m);
            fields.SetValue("Member", named.MeetingMembers[i], false);
            fields.SetValue("Doc", Doc(m.Name + (m.Chairs.Count == 0 ? string.Empty : "（" + string.Join("、", m.Chairs) + "主持）") + (m.Date is null ? string.Empty : " " + m.Date), path, m.Source), false);
            fields.SetValue("Id", CSharpLiteral.String(ContentIds.Meeting(path, i + 1)), false);
            fields.SetValue("DateText", CSharpLiteral.String(m.Date), false);
            fields.SetValue("HasDate", full, false);
            fields.SetValue("Date", full ? DateExpression(m.Date!) : "null", false);
            fields.SetValue("ArticleId", CSharpLiteral.String(ContentIds.Article(path, m.ArticleNumber)), false);
            fields.SetValue("MentionedIn", CSharpLiteral.Strings(m.MentionedIn.Select(n => ContentIds.Article(path, n))), false);
            fields.SetValue("Source", Location(ns, path, m.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, m.Source), false);
            view.Meetings.Add(fields);
        }

        for (var i = 0; i < page.Figures.Count; i++)
        {
            var f = page.Figures[i];
            var fields = ModelLiterals.Of(f);
            fields.SetValue("Member", named.FigureMembers[i], false);
            fields.SetValue("Doc", Doc(f.Text + "：" + f.Counts, path, f.Source), false);
            fields.SetValue("Id", CSharpLiteral.String(ContentIds.Figure(path, i + 1)), false);
            fields.SetValue("Value", CSharpLiteral.Decimal(f.Value), false);
            fields.SetValue("NormalizedValue", CSharpLiteral.Decimal(f.NormalizedValue), false);
            fields.SetValue("ArticleId", CSharpLiteral.String(ContentIds.Article(path, f.ArticleNumber)), false);
            fields.SetValue("Source", Location(ns, path, f.Source), false);
            fields.SetValue("LineMap", LineDirectives.To(seedFile, f.Source), false);
            fields.SetValue("Kind", f.Kind.Member(), false);
            fields.SetValue("IsQuantity", f.Kind == FigureKind.Quantity, false);
            view.Figures.Add(fields);
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
