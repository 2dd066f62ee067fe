using NewsContent.PublicApi;

var ship = args.Contains("--ship");
var contentDir = ContentProject.Locate(args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault());

var generatedFiles = ContentProject.BuildGeneratedSources(contentDir);
var surface = await PublicSurface.ListAsync(generatedFiles);
var change = ApiFiles.Update(contentDir, surface, ship);

Console.WriteLine($"{surface.Count} public API lines; added {change.Added.Count}, removed {change.Removed.Count}.");
foreach (var line in change.Removed)
{
    Console.WriteLine($"  removed (breaking for consumers): {line}");
}

return 0;
