namespace NewsContent.Report.Tests;

/// <summary>Where the tests find their inputs and the tool, and where they leave what a person should look at.</summary>
internal static class TestPaths
{
    public const string DesignSeedItem = "seeds/000_267acecd1d091097.txt";
    public const string DesignPublishedOn = "2020-02-18";

    public static string Output => AppContext.BaseDirectory;

    public static string DesignSeed => Path.Combine(Output, "seeds", "000_267acecd1d091097.txt");

    public static string HostileSeed => Path.Combine(Output, "Data", "hostile.txt");

    public static string CorpusDirectory => Path.Combine(Output, "corpus");

    /// <summary>The tool as the build target runs it: the built NewsContent.Cli.dll, copied beside the tests by the project reference.</summary>
    public static string CliDll => Path.Combine(Output, "NewsContent.Cli.dll");

    /// <summary>Screenshots are kept as test artifacts, under the test output folder.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(Output, "TestResults", "report-screenshots")).FullName;

    public static string RepositoryRoot
    {
        get
        {
            for (var directory = new DirectoryInfo(Output); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Content.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Content.sln not found above " + Output);
        }
    }
}
