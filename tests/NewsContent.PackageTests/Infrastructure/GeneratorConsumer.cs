namespace NewsContent.PackageTests.Infrastructure;

/// <summary>A fresh console app with the generator package added by `dotnet add package` and the content
/// package's design seed as its one <c>ContentSeed</c>.</summary>
internal static class GeneratorConsumer
{
    public const string SeedPath = "seeds/front-page.txt";

    public static ConsumerApp Create(PackedPackages packages, string name, string program)
    {
        var app = ConsumerApp.Create(packages, name);
        app.AddPackage(PackedPackages.GeneratorId).EnsureSuccess();

        var seed = Path.Combine(app.Directory, SeedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.Copy(ContentMembers.SeedPath(ContentMembers.Articles[0].Value.Source), seed);
        app.AddToProject($"""
              <ItemGroup>
                <ContentSeed Include="{SeedPath}" PublishedOn="2020-02-18" />
              </ItemGroup>
            """);
        app.WriteProgram(program);
        return app;
    }
}
