using System;
using NewsContent.Cli.Extraction;
using NewsContent.Generator.Emitting;
using Scriban;
using Scriban.Runtime;

namespace NewsContent.Cli.Html;

/// <summary>Renders a seed's report from the embedded Scriban template, parsed once per process. The template escapes every value.</summary>
internal static class HtmlReport
{
    private static readonly Lazy<Template> ReportTemplate = new(() => Load("Report"));

    public static string Render(SeedExtraction extraction) => Render(ReportViewBuilder.Build(extraction, ToolInfo.Version));

    public static string Render(ReportView view)
    {
        var globals = new ScriptObject();
        globals.Import(view, renamer: member => member.Name);
        var context = new TemplateContext
        {
            MemberRenamer = member => member.Name,
            LoopLimit = 0,
            RecursiveLimit = 0,
            StrictVariables = true,
        };
        context.PushGlobal(globals);
        return ReportTemplate.Value.Render(context).Replace("\r\n", "\n");
    }

    private static Template Load(string name) => EmbeddedTemplates.Load(typeof(HtmlReport).Assembly, "NewsContent.Cli.Templates." + name + ".sbnhtml");
}
