using System.Collections.Generic;
using System.Linq;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Naming.Renames;

namespace NewsContent.Generator.Emitting;

/// <summary>The forwarders of the rename map, grouped by the class they go in, as the Renames template lays them out.</summary>
internal sealed class RenamesView
{
    public string Namespace { get; set; } = string.Empty;

    public List<RenamedClassView> Classes { get; } = new();

    /// <summary>
    /// Each forwarder goes in its main class (a property: a static field's initialiser in another file of the partial
    /// class could run before the one it reads) and in every constant class the new member is in (a const may read a const).
    /// </summary>
    public static RenamesView Of(IEnumerable<Forwarder> forwarders, string ns)
    {
        var view = new RenamesView { Namespace = ns };
        var byClass = new Dictionary<string, RenamedClassView>();
        foreach (var f in forwarders)
        {
            var main = RenameMap.ClassOf(f.Kind);
            Add(main, $"public static global::{ns}.{RecordOf(f.Kind)} {f.From} => {f.To};");
            foreach (var (holder, type) in ConstantsOf(f))
            {
                Add(holder, $"public const {type} {f.From} = {f.To};");
            }

            void Add(string holder, string declaration)
            {
                if (!byClass.TryGetValue(holder, out var group))
                {
                    byClass[holder] = group = new RenamedClassView { Name = holder };
                    view.Classes.Add(group);
                }

                var message = $"{holder}.{f.From} was renamed to {holder}.{f.To} when the seed's text changed; use {holder}.{f.To}.";
                group.Members.Add(new RenamedMemberView { To = f.To, Message = CSharpLiteral.String(message), Declaration = declaration });
            }
        }

        return view;
    }

    private static string RecordOf(ForwardedKind kind) => kind switch
    {
        ForwardedKind.Article => "Article",
        ForwardedKind.Meeting => "Meeting",
        ForwardedKind.Figure => "Figure",
        _ => "Person",
    };

    private static IEnumerable<(string Holder, string Type)> ConstantsOf(Forwarder f) => f.Kind switch
    {
        ForwardedKind.Article => new[] { (MemberClasses.ArticleHeadlines, "string") },
        ForwardedKind.Meeting => f.WithDate ? new[] { (MemberClasses.MeetingNames, "string"), (MemberClasses.MeetingDates, "string") } : new[] { (MemberClasses.MeetingNames, "string") },
        ForwardedKind.Figure => new[] { (MemberClasses.FigureValues, "decimal") },
        _ => new[] { (MemberClasses.PersonNames, "string") },
    };
}

internal sealed class RenamedClassView
{
    public string Name { get; set; } = string.Empty;

    public List<RenamedMemberView> Members { get; } = new();
}

internal sealed class RenamedMemberView
{
    public string To { get; set; } = string.Empty;

    public string Message { get; set; } = string.Empty;

    public string Declaration { get; set; } = string.Empty;
}
