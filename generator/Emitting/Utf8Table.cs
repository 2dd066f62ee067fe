using System.Collections.Generic;
using System.Text;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// The strings of one generated file, each written once into a single UTF-8 literal (<c>"…"u8</c>, stored as data in
/// the assembly, not in the 16 MB <c>#US</c> heap of string literals) with a table of where each one ends. Records
/// name a string by its index, a list by its first index and count (<see cref="RowTable"/> rows); the generated
/// <c>ContentText</c> decodes a string on first use and keeps it.
/// </summary>
internal sealed class Utf8Table
{
    private readonly Dictionary<string, int> indexOf = new(System.StringComparer.Ordinal);
    private readonly List<string> strings = new();
    private readonly List<int> ends = new();
    private int length;

    public int Count => strings.Count;

    /// <summary>A string's index in the table (written once however often it is asked for), or null for null.</summary>
    public int? IndexOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (!indexOf.TryGetValue(value, out var index))
        {
            index = Append(value);
            indexOf[value] = index;
        }

        return index;
    }

    /// <summary>A list of strings as one run of the table (decoded when an item is read): its first index and count.</summary>
    public (int Start, int Count) Run(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return (0, 0);
        }

        var start = strings.Count;
        foreach (var value in values)
        {
            Append(value);
        }

        return (start, values.Count);
    }

    /// <summary>The whole text as a C# UTF-8 literal.</summary>
    public string Utf8Literal()
    {
        var builder = new StringBuilder(length + 8);
        foreach (var value in strings)
        {
            var literal = CSharpLiteral.String(value);
            builder.Append(literal, 1, literal.Length - 2);
        }

        return "\"" + builder + "\"u8";
    }

    /// <summary>Where each string ends, in bytes of the UTF-8 text, as a row table (see <see cref="RowTable"/>).</summary>
    public string EndsLiteral()
    {
        var rows = new RowTable();
        foreach (var end in ends)
        {
            rows.Add(end);
        }

        return rows.Literal();
    }

    private int Append(string value)
    {
        // A lone surrogate has no UTF-8 form (the compiler refuses it in a u8 literal): it is written as U+FFFD, as
        // any UTF-8 decoder of the seed file would have read it.
        var text = Utf8Safe(value);
        strings.Add(text);
        length += Encoding.UTF8.GetByteCount(text);
        ends.Add(length);
        return strings.Count - 1;
    }

    private static string Utf8Safe(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) && !(char.IsLowSurrogate(value[i]) && i > 0 && char.IsHighSurrogate(value[i - 1])))
            {
                return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
            }
        }

        return value;
    }
}
