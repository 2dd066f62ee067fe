using System.Globalization;
using System.Security;
using System.Text;
using NewsContent.Benchmarks.Pages;

namespace NewsContent.Benchmarks.Build;

/// <summary>
/// Two copies of the content project in bench/artifacts/build: one compiles its seeds through the generator
/// (referenced as an analyzer, as the NuGet package does), the other holds the very files that generator
/// wrote, checked in as plain .cs, and no generator. Everything else (SDK, properties, XML docs) is the same.
/// </summary>
internal sealed record ScratchProjects(string WithGenerator, string CheckedIn, int Seeds, long SeedBytes, long GeneratedBytes)
{
    public static ScratchProjects Create(int archivePages)
    {
        var name = archivePages == 0 ? "design-seed" : archivePages.ToString(CultureInfo.InvariantCulture) + "-pages";
        var root = Path.Combine(RepositoryPaths.Artifacts, "build", name);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var generatorDirectory = Path.Combine(root, "with-generator");
        var checkedInDirectory = Path.Combine(root, "checked-in");
        Directory.CreateDirectory(Path.Combine(generatorDirectory, "seeds"));
        Directory.CreateDirectory(Path.Combine(checkedInDirectory, "Generated"));

        var seeds = new StringBuilder();
        long seedBytes = 0;
        if (archivePages == 0)
        {
            File.Copy(RepositoryPaths.DesignSeed, Path.Combine(generatorDirectory, "seeds", Path.GetFileName(RepositoryPaths.DesignSeed)));
            seeds.AppendLine($"    <ContentSeed Include=\"seeds/{Path.GetFileName(RepositoryPaths.DesignSeed)}\" PublishedOn=\"2020-02-18\" />");
            seedBytes = new FileInfo(RepositoryPaths.DesignSeed).Length;
        }
        else
        {
            foreach (var page in PageVariations.Create(archivePages))
            {
                var relative = "seeds/" + page.RelativePath;
                var path = Path.Combine(generatorDirectory, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, page.Text, new UTF8Encoding(false));
                seeds.AppendLine($"    <ContentSeed Include=\"{SecurityElement.Escape(relative)}\" PublishedOn=\"{page.PublishedOn}\" />");
                seedBytes += page.Utf8Bytes;
            }
        }

        var generatorProject = Path.Combine(generatorDirectory, "NewsContent.csproj");
        File.WriteAllText(generatorProject, WithGeneratorProject(seeds.ToString()));
        var checkedInProject = Path.Combine(checkedInDirectory, "NewsContent.csproj");
        File.WriteAllText(checkedInProject, CheckedInProject());

        Processes.Check("dotnet", "build", RepositoryPaths.GeneratorProject, "-c", "Release", "-v", "q", "-nologo");
        Processes.Check("dotnet", "build", generatorProject, "-c", "Release", "-v", "q", "-nologo");
        var generated = Path.Combine(generatorDirectory, "obj", "Release", "net10.0", "generated", "NewsContent.Generator", "NewsContent.Generator.ContentGenerator");
        long generatedBytes = 0;
        foreach (var file in Directory.GetFiles(generated, "*.cs"))
        {
            File.Copy(file, Path.Combine(checkedInDirectory, "Generated", Path.GetFileName(file)));
            generatedBytes += new FileInfo(file).Length;
        }

        Processes.Check("dotnet", "build", checkedInProject, "-c", "Release", "-v", "q", "-nologo");
        return new ScratchProjects(generatorProject, checkedInProject, archivePages == 0 ? 1 : archivePages, seedBytes, generatedBytes);
    }

    private static string CommonProperties => """
            <TargetFramework>net10.0</TargetFramework>
            <RootNamespace>NewsContent</RootNamespace>
            <AssemblyName>NewsContent</AssemblyName>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <IsPackable>false</IsPackable>
        """;

    private static string WithGeneratorProject(string seeds)
    {
        var generator = Path.Combine(RepositoryPaths.Root, "generator");
        var output = Path.Combine(generator, "bin", "Release", "netstandard2.0");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/NewsContent.Generator.props" />
              <PropertyGroup>
            {CommonProperties}
                <ContentNamespace>NewsContent</ContentNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{output}/NewsContent.Generator.dll" />
                <Analyzer Include="{output}/Scriban.Signed.dll" />
              </ItemGroup>
              <ItemGroup>
            {seeds}  </ItemGroup>
              <Import Project="{generator}/build/NewsContent.Generator.targets" />
            </Project>
            """;
    }

    private static string CheckedInProject() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
        {CommonProperties}
          </PropertyGroup>
        </Project>
        """;
}
