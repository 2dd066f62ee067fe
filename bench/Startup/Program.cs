using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsContent;
using NewsContent.Startup;

// Timed from the first line of Main: what the app pays for its content before it can use it.
// Prints "<mode> <microseconds> <articles> <methods jitted> <jit microseconds> <bytes allocated>" for the benchmark
// runner: the JIT and allocation counts say where the time went, and are steadier than the time on a busy machine.
var watch = Stopwatch.StartNew();
var mode = args.Length > 0 ? args[0] : "catalog";
int articles;
switch (mode)
{
    case "catalog":
        articles = Catalog.Articles.Count;
        break;
    case "catalog-all":
        articles = Catalog.Articles.Count + Math.Min(0, Catalog.Meetings.Count + Catalog.Figures.Count + Catalog.People.Count);
        break;
    case "json":
        articles = ReadJson(stream => JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.CatalogDocument)).Articles.Count;
        break;
    case "json-reflection":
        articles = ReadJson(stream => JsonSerializer.Deserialize<CatalogDocument>(stream, new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() })).Articles.Count;
        break;
    case "none":
        articles = 0;
        break;
    case "write-json":
        using (var file = File.Create(args[1]))
        {
            JsonSerializer.Serialize(file, CatalogExport.FromCatalog(), CatalogJsonContext.Default.CatalogDocument);
        }

        Console.WriteLine("wrote " + args[1]);
        return 0;
    default:
        Console.Error.WriteLine("modes: catalog | catalog-all | json | json-reflection | none | write-json <path>");
        return 2;
}

watch.Stop();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{mode} {watch.Elapsed.TotalMicroseconds:0} {articles} {System.Runtime.JitInfo.GetCompiledMethodCount()} {System.Runtime.JitInfo.GetCompilationTime().TotalMicroseconds:0} {GC.GetTotalAllocatedBytes(precise: true)}"));
return articles > 0 || mode == "none" ? 0 : 1;

static CatalogDocument ReadJson(Func<Stream, CatalogDocument?> read)
{
    using var stream = typeof(CatalogDocument).Assembly.GetManifestResourceStream("catalog.json")
        ?? throw new InvalidOperationException("No embedded catalog.json: run write-json, then build again (the startup comparison does both).");
    return read(stream) ?? throw new InvalidOperationException("catalog.json is empty.");
}
