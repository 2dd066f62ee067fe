using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing;

/// <summary>
/// A page parsed with its traditional characters folded (see <see cref="ScriptFold"/>) is given back in the
/// characters it printed: every text field of every record is restored (<see cref="ModelText"/>, so a new field needs
/// no line here), and the text pieces are cut from the seed itself.
/// </summary>
internal static class PrintedForms
{
    public static ParseResult Restore(ParseResult result, string seedText, IReadOnlyDictionary<char, char> printed)
    {
        string S(string value) => ScriptFold.Restore(value, printed);

        var page = result.Page;
        var articles = page.Articles.Select(a => ModelText.Map(a, S) with
        {
            Pieces = a.Pieces.Select(p => p with { Text = seedText.Substring(p.Offset, p.Text.Length) }).ToEquatableArray(),
        });
        var meetings = page.Meetings.Select(m => ModelText.Map(m, S));
        var figures = page.Figures.Select(f => ModelText.Map(f, S));
        var people = page.People.Select(p => ModelText.Map(p, S));
        var dates = page.Dates.Select(d => ModelText.Map(d, S));
        var restored = page with
        {
            Articles = articles.ToEquatableArray(),
            Meetings = meetings.ToEquatableArray(),
            Figures = figures.ToEquatableArray(),
            People = people.ToEquatableArray(),
            Dates = dates.ToEquatableArray(),
        };
        var issues = result.Issues.Select(i => i with { Arguments = i.Arguments.Select(S).ToEquatableArray() }).ToEquatableArray();
        return new ParseResult(restored, issues);
    }
}
