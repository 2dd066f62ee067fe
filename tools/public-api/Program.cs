using NewsContent.PublicApi;

var ship = args.Contains("--ship");
var proposeRenames = !args.Contains("--no-renames");
var contentDir = ContentProject.Locate(args.SkipWhile(a => a != "--content").Skip(1).FirstOrDefault());

var generatedFiles = ContentProject.BuildGeneratedSources(contentDir);
var members = MemberIndex.Of(generatedFiles);
var renames = RenameProposals.Propose(MemberIndex.Read(contentDir), members);
foreach (var (old, renamed) in renames)
{
    Console.WriteLine($"  renamed: {old.Key} -> {renamed.Key}   ('{old.Text}' became '{renamed.Text}')");
}

if (proposeRenames && renames.Count > 0)
{
    // The forwarders are public API too: build again with the map so the API files list them.
    RenameProposals.Append(contentDir, renames);
    Console.WriteLine($"{renames.Count} rename(s) added to {RenameProposals.MapFile}: the old names keep compiling, marked [Obsolete].");
    generatedFiles = ContentProject.BuildGeneratedSources(contentDir);
}

MemberIndex.Write(contentDir, members);
var surface = await PublicSurface.ListAsync(generatedFiles);
var change = ApiFiles.Update(contentDir, surface, ship);

Console.WriteLine($"{surface.Count} public API lines; added {change.Added.Count}, removed {change.Removed.Count}.");
var forwarded = renames.Select(r => r.Old.Name).ToHashSet(StringComparer.Ordinal);
foreach (var line in change.Removed)
{
    // An API line names its member as Namespace.Class.Member; a forwarded one (in the main class and its constant
    // classes) changed shape or value but still compiles.
    var kept = forwarded.Any(name => line.Contains("." + name + " ", StringComparison.Ordinal) || line.Contains("." + name + ".get", StringComparison.Ordinal));
    Console.WriteLine(kept ? $"  changed (the old name compiles, [Obsolete]; rebuild consumers): {line}" : $"  removed (breaking for consumers): {line}");
}

return 0;
