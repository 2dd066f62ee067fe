using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing;

/// <summary>
/// A page parsed with its traditional characters folded (see <see cref="ScriptFold"/>) is given back in the
/// characters it printed: every extracted string is restored, and the text pieces are cut from the seed itself.
/// </summary>
internal static class PrintedForms
{
    public static ParseResult Restore(ParseResult result, string seedText, IReadOnlyDictionary<char, char> printed)
    {
        string S(string value) => ScriptFold.Restore(value, printed);
        string? N(string? value) => value is null ? null : ScriptFold.Restore(value, printed);
        EquatableArray<string> A(EquatableArray<string> values) => values.Select(S).ToEquatableArray();

        var page = result.Page;
        var articles = page.Articles.Select(a => a with
        {
            Headline = S(a.Headline),
            Subheadings = A(a.Subheadings),
            Fragments = A(a.Fragments),
            Dateline = N(a.Dateline),
            Byline = N(a.Byline),
            Paragraphs = A(a.Paragraphs),
            Pieces = a.Pieces.Select(p => p with { Text = seedText.Substring(p.Offset, p.Text.Length) }).ToEquatableArray(),
        });
        var meetings = page.Meetings.Select(m => m with
        {
            Name = S(m.Name),
            Aliases = A(m.Aliases),
            Chair = N(m.Chair),
            Attendees = A(m.Attendees),
            Documents = A(m.Documents),
        });
        var figures = page.Figures.Select(f => f with { Text = S(f.Text), Unit = S(f.Unit), BaseUnit = S(f.BaseUnit), Qualifier = N(f.Qualifier), Counts = S(f.Counts) });
        var people = page.People.Select(p => p with { Name = S(p.Name), Titles = A(p.Titles) });
        var dates = page.Dates.Select(d => d with { Text = S(d.Text) });
        var restored = page with
        {
            Articles = articles.ToEquatableArray(),
            Meetings = meetings.ToEquatableArray(),
            Figures = figures.ToEquatableArray(),
            People = people.ToEquatableArray(),
            Dates = dates.ToEquatableArray(),
        };
        var issues = result.Issues.Select(i => i with { Arguments = A(i.Arguments) }).ToEquatableArray();
        return new ParseResult(restored, issues);
    }
}
