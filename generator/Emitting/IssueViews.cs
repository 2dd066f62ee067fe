using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Emitting;

/// <summary>Issues and pages as the templates render them, every value already a C# literal.</summary>
internal static class IssueViews
{
    public static IssueView Issue(LinkedIssue linked, string ns)
    {
        var view = new IssueView { Namespace = ns, ClassName = linked.ClassName };
        view.Pages.AddRange(linked.Issue.Pages.Select(p => new PageView
        {
            Id = CSharpLiteral.String(p.Id),
            Paper = CSharpLiteral.String(p.Paper),
            Date = CSharpLiteral.String(p.Date),
            Section = CSharpLiteral.String(p.Label?.Section),
            Number = CSharpLiteral.NullableInt(p.Label?.Number),
            ArticleIds = CSharpLiteral.Strings(p.Articles.Select(a => a.Id)),
        }));
        view.Links.AddRange(linked.Links.Select(l => new LinkView { FromId = CSharpLiteral.String(l.FromId), ToId = CSharpLiteral.String(l.ToId) }));
        return view;
    }

    public static PagesView Pages(IEnumerable<string> issueClasses, string ns)
    {
        var view = new PagesView { Namespace = ns };
        view.Issues.AddRange(issueClasses);
        return view;
    }
}

#pragma warning disable SA1402

internal sealed class IssueView
{
    public string Namespace { get; set; } = string.Empty;
    public string ClassName { get; set; } = string.Empty;
    public List<PageView> Pages { get; } = new();
    public List<LinkView> Links { get; } = new();
}

internal sealed class PageView
{
    public string Id { get; set; } = string.Empty;
    public string Paper { get; set; } = string.Empty;
    public string Date { get; set; } = string.Empty;
    public string Section { get; set; } = "null";
    public string Number { get; set; } = string.Empty;
    public string ArticleIds { get; set; } = string.Empty;
}

internal sealed class LinkView
{
    public string FromId { get; set; } = string.Empty;
    public string ToId { get; set; } = string.Empty;
}

internal sealed class PagesView
{
    public string Namespace { get; set; } = string.Empty;
    public List<string> Issues { get; } = new();
}
