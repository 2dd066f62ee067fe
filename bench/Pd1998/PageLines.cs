namespace NewsContent.Benchmarks.Pd1998;

/// <summary>A page's lines by 1-based number and character offset, to find what stands where.</summary>
internal sealed class PageLines
{
    private readonly string text;
    private readonly List<int> starts = new() { 0 };

    public PageLines(string text)
    {
        this.text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The offset of 1-based line <paramref name="line"/>, or -1.</summary>
    public int Offset(int line) => line >= 1 && line <= starts.Count ? starts[line - 1] : -1;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineAt(int offset)
    {
        var index = starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    public string Text(int line)
    {
        var start = Offset(line);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
    }

    /// <summary>The text of the last non-blank line before 1-based <paramref name="line"/>, or empty at the top.</summary>
    public string PreviousText(int line)
    {
        var previous = line - 1;
        while (previous >= 1 && Text(previous).Trim().Length == 0)
        {
            previous--;
        }

        return previous >= 1 ? Text(previous) : string.Empty;
    }

    /// <summary>The end of the line before (past a blank line), then the line at <paramref name="offset"/>, cut short.</summary>
    public string Context(int offset)
    {
        if (offset < 0)
        {
            return string.Empty;
        }

        var line = LineAt(offset);
        var before = PreviousText(line);
        var here = Text(line);
        return $"…{(before.Length > 14 ? before[^14..] : before)} ⏎ {(here.Length > 30 ? here[..30] + "…" : here)}";
    }
}
