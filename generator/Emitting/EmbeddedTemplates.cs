using System;
using System.IO;
using System.Reflection;
using Scriban;

namespace NewsContent.Generator.Emitting;

/// <summary>Parses a Scriban template embedded in an assembly; a missing or broken template fails loudly, once.</summary>
internal static class EmbeddedTemplates
{
    public static Template Load(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded template " + resource);
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), resource);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + resource + ": " + string.Join("; ", template.Messages));
        }

        return template;
    }
}
