namespace NewsContent.PackageTests.Infrastructure;

/// <summary>The checkout the tests run from: the folder holding Content.sln above the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Content.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Content.sln not found above " + AppContext.BaseDirectory);
    }
}
