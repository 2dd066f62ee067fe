namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// The pd1998 command's arguments. The corpus path is always given: the bench never reaches for ../shared by itself,
/// so a clone without the outside corpus cannot run it by accident.
/// </summary>
/// <param name="DataFile">The corpus file make_pages.py reads (the .zip in the corpus folder).</param>
/// <param name="Scripts">The folder holding make_pages.py.</param>
/// <param name="Docs">Documents for the document mode (make_pages.py --docs).</param>
/// <param name="Pages">Pages for the page mode (make_pages.py --pages; 0 = all).</param>
/// <param name="Errors">Most frequent misses and false hits to print per category; 0 prints none.</param>
/// <param name="KeepDirectory">Where to leave the pages made (for the python scorers), or null to delete them.</param>
/// <param name="Wrap">Also score the pages hard-wrapped at this many characters (an OCR column); 0 = only as made.</param>
internal sealed record Pd1998Options(string DataFile, string Scripts, int Docs, int Pages, int Errors, string? KeepDirectory, int Wrap = 0)
{
    public const string Usage = "pd1998 --corpus <folder of make_pages.py and 199801-dev.zip> [--docs 400] [--pages 0] [--errors N] [--wrap N] [--keep <dir>]";

    public static Pd1998Options? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var corpus = Value(args, "--corpus");
        if (corpus is null)
        {
            error.WriteLine("pd1998 needs the corpus folder: " + Usage);
            return null;
        }

        var folder = Path.GetFullPath(corpus);
        var scripts = File.Exists(folder) ? Path.GetDirectoryName(folder)! : folder;
        var data = File.Exists(folder) ? folder : Directory.Exists(folder) ? Directory.GetFiles(folder, "*.zip").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (data is null || !File.Exists(Path.Combine(scripts, "make_pages.py")))
        {
            error.WriteLine($"No corpus zip and make_pages.py in {folder}. " + Usage);
            return null;
        }

        var keep = Value(args, "--keep");
        return new Pd1998Options(data, scripts, Number(args, "--docs", 400), Number(args, "--pages", 0), Number(args, "--errors", 0),
            keep is null ? null : Path.GetFullPath(keep), Number(args, "--wrap", 0));
    }

    private static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static int Number(IReadOnlyList<string> args, string name, int fallback) =>
        int.TryParse(Value(args, name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : fallback;
}
