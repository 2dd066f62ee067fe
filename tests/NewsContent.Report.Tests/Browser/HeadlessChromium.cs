namespace NewsContent.Report.Tests.Browser;

/// <summary>Debian's chromium run headless on a local file: the DOM it builds, or a screenshot of the page.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>CHROMIUM_PATH if set, else Debian's /usr/bin/chromium.</summary>
    public static string Executable
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
            if (!File.Exists(path))
            {
                Assert.Fail("Headless Chromium is needed to check the report, and it is not at " + path + ". Install Debian's chromium " +
                    "(apt-get install -y chromium; .ci/run does), point CHROMIUM_PATH at a Chromium, or set " + BrowserFactAttribute.SkipVariable +
                    "=1 to skip browser tests on purpose.");
            }

            return path;
        }
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
