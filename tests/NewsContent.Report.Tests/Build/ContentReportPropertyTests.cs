using Xunit.Abstractions;

namespace NewsContent.Report.Tests.Build;

/// <summary>
/// The opt-in ContentReport property in a real `dotnet build` of a small consumer: the report is written,
/// and a second build with no seed change does not write it again.
/// </summary>
public sealed class ContentReportPropertyTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);
    private readonly ITestOutputHelper output;

    public ContentReportPropertyTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    [Trait("Category", "Build")]
    public void Build_writes_a_report_per_seed_and_only_again_when_a_seed_changes()
    {
        var project = Directory.CreateTempSubdirectory("newscontent-report-consumer-");
        try
        {
            var root = TestPaths.RepositoryRoot;
            Directory.CreateDirectory(Path.Combine(project.FullName, "seeds"));
            File.Copy(TestPaths.DesignSeed, Path.Combine(project.FullName, "seeds", "page.txt"));
            File.WriteAllText(Path.Combine(project.FullName, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{root}/generator/build/NewsContent.Generator.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ContentNamespace>Consumer.Content</ContentNamespace>
                    <ContentReport>true</ContentReport>
                    <ContentReportTool>{TestPaths.CliDll}</ContentReportTool>
                  </PropertyGroup>
                  <ItemGroup>
                    <ContentSeed Include="seeds/page.txt" PublishedOn="2020-02-18" />
                    <Analyzer Include="{TestPaths.Output}NewsContent.Generator.dll;{TestPaths.Output}Scriban.Signed.dll" />
                  </ItemGroup>
                  <Import Project="{root}/generator/build/NewsContent.Generator.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(project.FullName, "Uses.cs"), """
                namespace Consumer;

                public static class Uses
                {
                    public static string Headline => Consumer.Content.Articles.HuangQinZhuChiZhaoKaiShiTui.Headline;
                }
                """);

            Build(project.FullName);
            var report = Path.Combine(project.FullName, "obj", "Debug", "net10.0", "content-report", "seeds", "page.html");
            Assert.True(File.Exists(report), "no report at " + report);
            var html = File.ReadAllText(report);
            Assert.Contains("data-member=\"Articles.HuangQinZhuChiZhaoKaiShiTui\"", html);
            Assert.Contains("<code>Consumer.Content</code>", html);
            var written = File.GetLastWriteTimeUtc(report);

            Build(project.FullName);
            Assert.Equal(written, File.GetLastWriteTimeUtc(report));

            File.AppendAllText(Path.Combine(project.FullName, "seeds", "page.txt"), "\n");
            Build(project.FullName);
            Assert.NotEqual(written, File.GetLastWriteTimeUtc(report));
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    private void Build(string directory)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = ProcessRunner.Run(ProcessRunner.DotnetHost, new[] { "build", "-nologo", "-v:m", "-nodeReuse:false", "-p:UseSharedCompilation=false" }, BuildTimeout, directory);
        output.WriteLine("build: " + started.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s\n" + result.Stdout);
        Assert.True(result.ExitCode == 0, "dotnet build failed:\n" + result.Stdout + result.Stderr);
    }
}
