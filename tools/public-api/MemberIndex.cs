using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsContent.PublicApi;

/// <summary>One member of a main content class as the generated docs describe it: its text and where it stands.</summary>
/// <param name="Seed">The seed's relative path, or empty for a person (people are merged across seeds).</param>
internal sealed record IndexedMember(string Class, string Name, string Seed, int Line, string Text)
{
    public string Key => Class + "." + Name;
}

/// <summary>
/// ContentMembers.tsv beside the API files: every member of Articles, Meetings, Figures and People with its text and
/// seed position, as of the last run. The API files only keep names; this keeps what a name stood for, so the next run
/// can tell a member whose text was corrected (same seed and place, similar text) from one that was removed.
/// </summary>
internal static partial class MemberIndex
{
    public const string FileName = "ContentMembers.tsv";

    private static readonly string[] Classes = ["Articles", "Meetings", "Figures", "People"];

    public static IReadOnlyList<IndexedMember> Read(string contentDir)
    {
        var path = Path.Combine(contentDir, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        return File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 5)
            .Select(f => new IndexedMember(f[0], f[1], f[2], int.TryParse(f[3], out var line) ? line : 0, f[4]))
            .ToList();
    }

    public static void Write(string contentDir, IEnumerable<IndexedMember> members)
    {
        var text = new StringBuilder("# class\tmember\tseed\tline\ttext: written by tools/public-api, read by its next run to propose renames\n");
        foreach (var m in members.OrderBy(m => m.Class, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal))
        {
            text.Append(m.Class).Append('\t').Append(m.Name).Append('\t').Append(m.Seed).Append('\t').Append(m.Line).Append('\t').Append(Clean(m.Text)).Append('\n');
        }

        File.WriteAllText(Path.Combine(contentDir, FileName), text.ToString());
    }

    /// <summary>The members of the main classes in generated sources, from each one's XML doc summary; forwarders
    /// (members marked [Obsolete]) are not content and are left out.</summary>
    public static IReadOnlyList<IndexedMember> Of(IReadOnlyList<(string Path, string Text)> sources)
    {
        var members = new List<IndexedMember>();
        foreach (var (_, text) in sources)
        {
            var root = CSharpSyntaxTree.ParseText(text).GetRoot();
            foreach (var holder in root.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => Classes.Contains(c.Identifier.Text)))
            {
                foreach (var member in holder.Members.Where(IsPublicStatic).Where(m => !IsObsolete(m)))
                {
                    var name = NameOf(member);
                    if (name is not null && Summary(member) is { } summary)
                    {
                        members.Add(Describe(holder.Identifier.Text, name, summary));
                    }
                }
            }
        }

        return members;
    }

    private static IndexedMember Describe(string holder, string name, string summary)
    {
        // Articles, meetings and figures: "text (seeds/page.txt:12)". People: "name（titles）".
        var place = SeedPlace().Match(summary);
        if (place.Success)
        {
            return new IndexedMember(holder, name, place.Groups["seed"].Value, int.Parse(place.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), summary[..place.Index].Trim());
        }

        var titles = summary.IndexOf('（');
        return new IndexedMember(holder, name, string.Empty, 0, (titles > 0 ? summary[..titles] : summary).Trim());
    }

    private static bool IsPublicStatic(MemberDeclarationSyntax member) =>
        member.Modifiers.Any(SyntaxKind.PublicKeyword) && (member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword));

    private static bool IsObsolete(MemberDeclarationSyntax member) =>
        member.AttributeLists.SelectMany(l => l.Attributes).Any(a => a.Name.ToString().EndsWith("Obsolete", StringComparison.Ordinal));

    private static string? NameOf(MemberDeclarationSyntax member) => member switch
    {
        FieldDeclarationSyntax field => field.Declaration.Variables.FirstOrDefault()?.Identifier.Text,
        PropertyDeclarationSyntax property => property.Identifier.Text,
        _ => null,
    };

    private static string? Summary(MemberDeclarationSyntax member)
    {
        var doc = member.GetLeadingTrivia()
            .Select(t => t.GetStructure())
            .OfType<DocumentationCommentTriviaSyntax>()
            .FirstOrDefault();
        if (doc is null)
        {
            return null;
        }

        var match = SummaryElement().Match(doc.ToFullString());
        return match.Success ? WebUtility.HtmlDecode(DocPrefix().Replace(match.Groups[1].Value, " ")).Trim() : null;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    [GeneratedRegex(@"<summary>(.*?)</summary>", RegexOptions.Singleline)]
    private static partial Regex SummaryElement();

    [GeneratedRegex(@"\s*///\s?")]
    private static partial Regex DocPrefix();

    [GeneratedRegex(@"\((?<seed>[^()]+?):(?<line>\d+)\)\s*$")]
    private static partial Regex SeedPlace();
}
