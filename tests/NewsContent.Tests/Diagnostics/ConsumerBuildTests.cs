using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace NewsContent.Tests.Diagnostics;

/// <summary>
/// A real <c>dotnet build</c> of a consumer project whose seeds are hostile: the build succeeds, the problems are CONTENT
/// diagnostics in the seed files at (line,col), and a user who makes one of them an error gets a failing build.
/// </summary>
[Trait("Category", "Build")]
public sealed class ConsumerBuildTests : IDisposable
{
    private static readonly Regex Located = new(@"seeds[/\\](?<file>[^(/\\]+)\((?<line>\d+),(?<col>\d+)\): (?<severity>warning|error|info) (?<id>CONTENT\d{3})", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper output;
    private readonly string project = Path.Combine(Path.GetTempPath(), "newscontent-consumer-" + Guid.NewGuid().ToString("N"));

    public ConsumerBuildTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void HostileSeeds_BuildSucceedsWithLocatedDiagnostics_AndAnEscalatedOneFailsIt()
    {
        var root = RepositoryFiles.Root();
        Directory.CreateDirectory(Path.Combine(project, "seeds"));
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{root}/generator/build/NewsContent.Generator.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer.event</RootNamespace>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
              </PropertyGroup>
              <ItemGroup>
                <ContentSeed Include="seeds/hostile.txt" />
                <ContentSeed Include="seeds/*.txt" Exclude="seeds/hostile.txt" PublishedOn="2020-02-18" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/generator/NewsContent.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{root}/generator/build/NewsContent.Generator.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"),
            "System.Console.WriteLine(Consumer.@event.Catalog.Articles.Count + \" \" + Consumer.@event.Catalog.Figures.Count);\n");
        File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.CONTENT004.severity = none\n");

        // Quotes, comment and doc closers, template delimiters, bidi overrides, a line separator, NUL and a keyword line;
        // a relative date with no PublishedOn; page furniture (CONTENT004, silenced by the .globalconfig above).
        var hostile = "第01版：要闻\n\n标题\"引号\\*/</summary>{{ x }}{%\u202E反转\u2066\u2028分隔\0&<\n\nclass\n\n本报讯 昨日,市委书记黄钦主持召开市委常委会议,审议通过《\"工作\"*/要点》,4928家企业参加。\n";
        File.WriteAllText(Path.Combine(project, "seeds", "hostile.txt"), hostile, new UTF8Encoding(false));
        var validPrefix = Encoding.UTF8.GetBytes("市委常委会召开会议\n\n本报讯 2月17日,市委书记");
        File.WriteAllBytes(Path.Combine(project, "seeds", "broken.txt"),
            validPrefix.Concat(new byte[] { 0xE9, 0xBB }).Concat(Encoding.UTF8.GetBytes("主持召开会议。\n")).ToArray());
        File.WriteAllBytes(Path.Combine(project, "seeds", "empty.txt"), Array.Empty<byte>());

        var (exit, log) = Build();

        Assert.True(exit == 0, "The build failed:\n" + log);
        var found = Located.Matches(log).Select(m => (File: m.Groups["file"].Value, Line: int.Parse(m.Groups["line"].Value), Col: int.Parse(m.Groups["col"].Value), Id: m.Groups["id"].Value)).Distinct().ToList();
        output.WriteLine(string.Join("\n", found));
        // 昨日 is on line 8, not 7: U+2028 in the headline is a line break for the compiler and the IDE alike.
        Assert.Contains(("hostile.txt", 8, 5, "CONTENT005"), found);
        Assert.Contains(("broken.txt", 3, 15, "CONTENT002"), found);
        Assert.Contains(("empty.txt", 1, 1, "CONTENT001"), found);
        Assert.DoesNotContain(found, f => f.Id == "CONTENT004");
        Assert.DoesNotContain("CS8785", log, StringComparison.Ordinal);

        // Escalated by the user: the same diagnostic, now an error, fails the build. Touching the seed makes CoreCompile run again.
        File.SetLastWriteTimeUtc(Path.Combine(project, "seeds", "hostile.txt"), DateTime.UtcNow);
        var (escalatedExit, escalatedLog) = Build("-p:WarningsAsErrors=CONTENT005");

        Assert.True(escalatedExit != 0, "WarningsAsErrors=CONTENT005 did not fail the build:\n" + escalatedLog);
        Assert.Matches(@"seeds[/\\]hostile\.txt\(8,5\): error CONTENT005", escalatedLog);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(project, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }

    private (int Exit, string Log) Build(params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", "-c", "Release", "-nologo", "-clp:NoSummary", "-v:q" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after 5 minutes\n" + stdout.Result + stderr.Result);
        }

        var log = stdout.Result + stderr.Result;
        output.WriteLine(log);
        return (process.ExitCode, log);
    }
}
