namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// Pages and gold made from the outside corpus by its own script (make_pages.py), into a folder outside the
/// repository: whole pages with gold in the team's format, and single documents with their people and figures.
/// </summary>
internal sealed record CorpusPages(string Root, string PageTexts, string PageGold, string PageMeta, string Documents, string PagesLog, string DocumentsLog)
{
    public static CorpusPages Make(Pd1998Options options)
    {
        var root = options.KeepDirectory ?? Path.Combine(Path.GetTempPath(), "newscontent-pd1998-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var script = Path.Combine(options.Scripts, "make_pages.py");
        var pages = Path.Combine(root, "pages");
        var documents = Path.Combine(root, "docs");
        var pagesLog = Python(script, options.DataFile, pages, "--page-mode", "--pages", options.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var documentsLog = Python(script, options.DataFile, documents, "--docs", options.Docs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new CorpusPages(root, Path.Combine(pages, "texts"), Path.Combine(pages, "gold"), Path.Combine(pages, "meta.json"), documents, pagesLog, documentsLog);
    }

    /// <summary>The pages hold corpus text: they go unless the user asked to keep them.</summary>
    public void Delete(Pd1998Options options)
    {
        if (options.KeepDirectory is null && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string Python(params string[] arguments)
    {
        var (_, exitCode, output) = Processes.Run("python3", arguments);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} failed ({exitCode}):\n{output}");
        }

        // The script's first line says how many pages/documents it wrote; the rest describes corpus text.
        return output.Split('\n')[0].Trim();
    }
}
