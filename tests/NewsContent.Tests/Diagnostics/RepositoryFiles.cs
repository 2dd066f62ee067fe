namespace NewsContent.Tests.Diagnostics;

/// <summary>Files of the source tree the tests check against (docs, release tracking), found from the test assembly's folder.</summary>
internal static class RepositoryFiles
{
    public static string Root()
    {
        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "Content.sln")))
            {
                return current.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding Content.sln above " + AppContext.BaseDirectory);
    }

    public static string PathOf(string relative) => Path.Combine(Root(), relative.Replace('/', Path.DirectorySeparatorChar));
}
