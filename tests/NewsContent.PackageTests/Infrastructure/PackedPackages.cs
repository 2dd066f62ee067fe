using System.Diagnostics;

namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Both packages packed once per test run from a copy of the sources into a fresh local feed, with a
/// nuget.config and an empty package cache for the consumer apps made under <see cref="WorkRoot"/>.</summary>
/// <remarks>Packing a copy keeps the checkout's bin/obj untouched while the solution's other tests use them.</remarks>
public sealed class PackedPackages : IDisposable
{
    public const string GeneratorId = "NewsContent.Generator";
    public const string ContentId = "NewsContent";

    public PackedPackages()
    {
        var watch = Stopwatch.StartNew();
        WorkRoot = Path.Combine(Path.GetTempPath(), "newscontent-package-tests-" + Guid.NewGuid().ToString("N")[..8]);
        SourceCopy = Path.Combine(WorkRoot, "src");
        Feed = Path.Combine(WorkRoot, "feed");
        PackagesFolder = Path.Combine(WorkRoot, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);

        SourceTree.Copy(RepositoryRoot.Path, SourceCopy, "Directory.Build.props", "Directory.Packages.props", "generator", "content", "tools/NewsContent.Cli", "tools/public-api");
        DotNet.Run(SourceCopy, ["pack", "generator", "-c", "Release", "-o", Feed]).EnsureSuccess();
        DotNet.Run(SourceCopy, ["pack", "content", "-c", "Release", "-o", Feed]).EnsureSuccess();

        Version = VersionOf(GeneratorId);
        Assert.Equal(Version, VersionOf(ContentId));
        NuGetConfig.Write(Path.Combine(WorkRoot, "nuget.config"), Feed, [GeneratorId, ContentId]);
        PackTime = watch.Elapsed;
        contentConsumer = new Lazy<ConsumerApp>(CreateContentConsumer);
    }

    private readonly Lazy<ConsumerApp> contentConsumer;

    /// <summary>Temp folder holding the feed, the cache, the source copy and every consumer app.</summary>
    public string WorkRoot { get; }

    /// <summary>The copy of the sources the packages were packed from (generator/, content/, tools/NewsContent.Cli/, tools/public-api/, Directory.*.props).</summary>
    public string SourceCopy { get; }

    public string Feed { get; }

    /// <summary>NUGET_PACKAGES for consumer apps.</summary>
    public string PackagesFolder { get; }

    /// <summary>The version both packages carry (from Directory.Build.props).</summary>
    public string Version { get; }

    public TimeSpan PackTime { get; }

    /// <summary>A console app that references the content package, built once and shared read-only by the
    /// tests that only look at it (its build and the language server).</summary>
    internal ConsumerApp ContentConsumer => contentConsumer.Value;

    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A new empty folder under <see cref="WorkRoot"/> (so the feed's nuget.config applies).</summary>
    public string NewAppDirectory(string name)
    {
        var dir = Path.Combine(WorkRoot, "apps", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkRoot, recursive: true);
        }
        catch (IOException)
        {
            // A language server or build node still holding a file: the temp folder is left for the OS to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private ConsumerApp CreateContentConsumer()
    {
        var app = ConsumerApp.Create(this, "ContentReader");
        app.AddPackage(ContentId).EnsureSuccess();
        app.WriteProgram(ContentConsumerProgram.Source());
        app.Build().EnsureSuccess();
        return app;
    }

    private string VersionOf(string id)
    {
        var prefix = id + ".";
        var versions = Directory.GetFiles(Feed, prefix + "*.nupkg")
            .Select(p => Path.GetFileNameWithoutExtension(p)[prefix.Length..])
            .Where(v => v.Length > 0 && char.IsDigit(v[0]))
            .ToList();
        return Assert.Single(versions);
    }
}
