namespace NewsContent.Report.Tests.Browser;

/// <summary>Debian's chromium run headless on a local file: the DOM it builds, or a screenshot of the page.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan ProvisionTimeout = TimeSpan.FromMinutes(15);

    private static readonly Lazy<string> Located = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, provisioned by the repository's own script the first time
    /// it is missing: the README's test command must pass on a machine that has only the .NET SDK.
    /// </summary>
    public static string Executable => Located.Value;

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            Assert.True(File.Exists(configured), "CHROMIUM_PATH points at " + configured + ", which does not exist.");
            return configured;
        }

        const string debian = "/usr/bin/chromium";
        if (!File.Exists(debian))
        {
            var script = Path.Combine(TestPaths.RepositoryRoot, "tools", "chromium", "provision.sh");
            var result = ProcessRunner.Run("bash", new[] { script }, ProvisionTimeout);
            Assert.True(result.ExitCode == 0 && File.Exists(debian),
                "Headless Chromium is needed to check the report; it was not at " + debian + " and " + script + " could not install it (exit " +
                result.ExitCode + "):\n" + result.Stdout + result.Stderr + "\nInstall Debian's chromium, point CHROMIUM_PATH at a Chromium, or set " +
                BrowserFactAttribute.SkipVariable + "=1 to skip browser tests on purpose.");
        }

        return debian;
    }

    /// <summary>The document as Chromium parsed it, serialized: what a reader's browser would build from the report.</summary>
    public static string DumpDom(string htmlPath) => Run(htmlPath, "--dump-dom");

    public static void Screenshot(string htmlPath, string pngPath, int width, int height)
    {
        File.Delete(pngPath);
        Run(htmlPath, "--screenshot=" + pngPath, "--window-size=" + width + "," + height, "--hide-scrollbars");
        Assert.True(File.Exists(pngPath), "Chromium wrote no screenshot to " + pngPath);
    }

    private static string Run(string htmlPath, params string[] action)
    {
        var executable = Executable;
        var profile = Directory.CreateTempSubdirectory("newscontent-chromium-");
        try
        {
            // The flags this machine needs: no sandbox as root, and no background networking (the network is closed).
            var arguments = new List<string>
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.FullName,
            };
            arguments.AddRange(action);
            arguments.Add(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
            var result = ProcessRunner.Run(executable, arguments, Timeout);
            Assert.True(result.ExitCode == 0, "chromium exited with " + result.ExitCode + ":\n" + result.Stderr);
            return result.Stdout;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
