using System.Security;
using System.Text;

namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Writes the nuget.config of the consumer apps: the local feed for our packages, the machine's
/// registry for everything else, and a source mapping so a registry package with the same id can never win.</summary>
internal static class NuGetConfig
{
    public static void Write(string path, string feed, IReadOnlyList<string> localIds)
    {
        var registries = RegistrySources();
        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        xml.AppendLine("<configuration>");
        xml.AppendLine("  <packageSources>");
        xml.AppendLine("    <clear />");
        xml.AppendLine($"    <add key=\"local\" value=\"{Escape(feed)}\" />");
        for (var i = 0; i < registries.Count; i++)
        {
            xml.AppendLine($"    <add key=\"registry{i}\" value=\"{Escape(registries[i])}\" />");
        }

        xml.AppendLine("  </packageSources>");
        xml.AppendLine("  <packageSourceMapping>");
        xml.AppendLine("    <packageSource key=\"local\">");
        foreach (var id in localIds)
        {
            xml.AppendLine($"      <package pattern=\"{Escape(id)}\" />");
        }

        xml.AppendLine("    </packageSource>");
        for (var i = 0; i < registries.Count; i++)
        {
            xml.AppendLine($"    <packageSource key=\"registry{i}\"><package pattern=\"*\" /></packageSource>");
        }

        xml.AppendLine("  </packageSourceMapping>");
        xml.AppendLine("</configuration>");
        File.WriteAllText(path, xml.ToString());
    }

    /// <summary>The enabled sources the checkout restores from (`dotnet nuget list source`), so the apps reach
    /// the same registry copy without this test knowing its address.</summary>
    private static IReadOnlyList<string> RegistrySources()
    {
        var listed = DotNet.Run(RepositoryRoot.Path, ["nuget", "list", "source", "--format", "short"]).EnsureSuccess();
        return listed.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
    }

    private static string Escape(string value) => SecurityElement.Escape(value);
}
