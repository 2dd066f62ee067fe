using System;
using Scriban;
using Scriban.Runtime;

namespace NewsContent.Generator.Emitting;

/// <summary>The Scriban templates, embedded as resources and parsed once per process.</summary>
internal static class TemplateRenderer
{
    public static readonly string Version = typeof(TemplateRenderer).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    private static readonly Lazy<Template> RecordsTemplate = new(() => Load("Records"));
    private static readonly Lazy<Template> SeedTemplate = new(() => Load("Seed"));
    private static readonly Lazy<Template> CatalogTemplate = new(() => Load("Catalog"));
    private static readonly Lazy<Template> PeopleTemplate = new(() => Load("People"));
    private static readonly Lazy<Template> RenamesTemplate = new(() => Load("Renames"));

    public static string RenderRecords(string ns) => Render(RecordsTemplate.Value, new { Namespace = ns });

    public static string RenderSeed(SeedView view) => Render(SeedTemplate.Value, view);

    public static string RenderCatalog(CatalogView view) => Render(CatalogTemplate.Value, view);

    public static string RenderPeople(PeopleShardView view) => Render(PeopleTemplate.Value, view);

    public static string RenderRenames(RenamesView view) => Render(RenamesTemplate.Value, view);

    private static string Render(Template template, object model)
    {
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name);
        globals.SetValue("Version", Version, true);
        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            LoopLimit = 0,
            RecursiveLimit = 0,
            StrictVariables = true,

            // Scriban cuts a rendered string at 1 MB and appends "...": a page with thousands of figures would come out as broken C#.
            LimitToString = 0,
        };
        context.PushGlobal(globals);
        return template.Render(context).Replace("\r\n", "\n");
    }

    private static Template Load(string name) => EmbeddedTemplates.Load(typeof(TemplateRenderer).Assembly, "NewsContent.Templates." + name + ".sbntxt");
}
