using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>
/// Traditional characters folded to simplified ones, one for one, so that a page printed in either script
/// (會議, 委員長, 趙樂際) meets the same lexicons. The data is the embedded <c>fold-table.txt</c> made by
/// <c>tools/hanzi-fold/generate_fold_table.py</c> from Unihan kSimplifiedVariant; only characters that are never
/// simplified forms themselves are folded, so a simplified page is left as it is.
/// </summary>
internal static class ScriptFold
{
    private const string ResourceName = "NewsContent.Fold.table";

    private static readonly Lazy<char[]> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The text with traditional characters folded, and the page's way back (simplified to as printed).</summary>
    public static (string Folded, IReadOnlyDictionary<char, char> Printed) Fold(string text)
    {
        var table = Table.Value;
        char[]? folded = null;
        var printed = new Dictionary<char, char>();
        for (var i = 0; i < text.Length; i++)
        {
            var target = table[text[i]];
            if (target != '\0')
            {
                folded ??= text.ToCharArray();
                folded[i] = target;
                if (!printed.ContainsKey(target))
                {
                    printed.Add(target, text[i]);
                }
            }
        }

        return folded is null ? (text, printed) : (new string(folded), printed);
    }

    /// <summary>A string of the folded text as the page printed it: each folded character back to its printed form.</summary>
    public static string Restore(string? value, IReadOnlyDictionary<char, char> printed)
    {
        if (value is null || printed.Count == 0)
        {
            return value!;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            if (printed.TryGetValue(value[i], out var original))
            {
                builder ??= new StringBuilder(value);
                builder[i] = original;
            }
        }

        return builder?.ToString() ?? value;
    }

    private static char[] Load()
    {
        using var stream = typeof(ScriptFold).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; build the generator with generator/Parsing/Text/fold-table.txt present.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new char[char.MaxValue + 1];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 2)
            {
                table[line[0]] = line[1];
            }
        }

        return table;
    }
}
