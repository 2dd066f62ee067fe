namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Copies parts of a source tree, leaving out build outputs.</summary>
internal static class SourceTree
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "bin", "obj", ".vs" };

    public static void Copy(string from, string to, params string[] entries)
    {
        foreach (var entry in entries)
        {
            var source = Path.Combine(from, entry);
            var target = Path.Combine(to, entry);
            if (File.Exists(source))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
            }
            else
            {
                CopyDirectory(source, target);
            }
        }
    }

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var dir in Directory.GetDirectories(source))
        {
            var name = Path.GetFileName(dir);
            if (!Skipped.Contains(name))
            {
                CopyDirectory(dir, Path.Combine(target, name));
            }
        }
    }
}
