using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace NewsContent.Generator.Naming.Pinyin;

/// <summary>
/// Hanzi to toneless Mandarin pinyin, from the first Unihan kMandarin reading of each BMP ideograph
/// (u-umlaut written as <c>v</c>). The data is the embedded <c>pinyin-table.txt</c>, produced by
/// <c>tools/pinyin/generate_pinyin_table.py</c>; see that script for the file format.
/// </summary>
internal static class PinyinTable
{
    private const string ResourceName = "NewsContent.Pinyin.table";
    private const int Base = 62;
    private const char NoReading = '-';

    // Lazy rather than a static initializer: a load failure then surfaces as the real exception on
    // first use instead of a TypeInitializationException, and compilations that never need pinyin
    // never pay for parsing.
    private static readonly Lazy<Table> Data = new Lazy<Table>(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Number of characters that have a reading.</summary>
    internal static int Count => Data.Value.Count;

    /// <summary>
    /// Gets the lower-case toneless syllable of <paramref name="hanzi"/>, e.g. '黄' gives "huang" and '绿' gives "lv".
    /// Returns false, with <paramref name="syllable"/> empty, for any character without a reading.
    /// </summary>
    internal static bool TryGetSyllable(char hanzi, out string syllable)
    {
        Table table = Data.Value;
        int offset = hanzi - table.First;

        // The unsigned compare rejects characters below First as well as past the end in one test.
        if ((uint)offset < (uint)table.Entries.Length)
        {
            int entry = table.Entries[offset];
            if (entry != 0)
            {
                syllable = table.Syllables[entry - 1];
                return true;
            }
        }

        syllable = string.Empty;
        return false;
    }

    private static Table Load()
    {
        using Stream? stream = typeof(PinyinTable).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            // The csproj embeds the table only when the file exists; failing loudly beats silently
            // producing identifiers without pinyin.
            throw new InvalidOperationException(
                "Embedded resource '" + ResourceName + "' is missing; run tools/pinyin/generate_pinyin_table.py.");
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    private static Table Parse(TextReader reader)
    {
        string[]? syllables = null;
        var starts = new List<int>();
        var runs = new List<string>();

        string? line;
        int lineNumber = 0;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (syllables is null)
            {
                syllables = line.Split(' ');
                if (syllables.Length >= ushort.MaxValue)
                {
                    throw Malformed(lineNumber, "too many syllables");
                }

                continue;
            }

            int space = line.IndexOf(' ');
            if (space <= 0
                || !int.TryParse(line.Substring(0, space), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int start)
                || (line.Length - space - 1) % 2 != 0)
            {
                throw Malformed(lineNumber, "expected '<start hex> <codes>'");
            }

            // Runs must ascend without overlap so that the first and last runs bound the array.
            if (starts.Count > 0 && start < starts[starts.Count - 1] + (runs[runs.Count - 1].Length / 2))
            {
                throw Malformed(lineNumber, "runs out of order");
            }

            starts.Add(start);
            runs.Add(line.Substring(space + 1));
        }

        if (syllables is null || runs.Count == 0)
        {
            return new Table(0, Array.Empty<ushort>(), Array.Empty<string>(), 0);
        }

        int first = starts[0];
        int end = starts[starts.Count - 1] + (runs[runs.Count - 1].Length / 2);
        if (end > char.MaxValue + 1)
        {
            throw Malformed(lineNumber, "code point beyond the BMP");
        }

        var entries = new ushort[end - first];
        int count = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            string codes = runs[r];
            int baseOffset = starts[r] - first;
            for (int i = 0; i < codes.Length; i += 2)
            {
                char high = codes[i];
                char low = codes[i + 1];
                if (high == NoReading && low == NoReading)
                {
                    continue;
                }

                int hi = DigitValue(high);
                int lo = DigitValue(low);
                int index = (hi * Base) + lo;
                if (hi < 0 || lo < 0 || index >= syllables.Length)
                {
                    throw Malformed(0, "bad code '" + high + low + "' in run " + starts[r].ToString("X4", CultureInfo.InvariantCulture));
                }

                // Stored one-based so that the default zero of a fresh array means "no reading".
                entries[baseOffset + (i / 2)] = (ushort)(index + 1);
                count++;
            }
        }

        return new Table(first, entries, syllables, count);
    }

    // Digits are 0-9, A-Z, a-z (the generator script's ALPHABET); arithmetic instead of a string
    // search because this runs for every entry at start-up.
    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'A' && c <= 'Z')
        {
            return c - 'A' + 10;
        }

        if (c >= 'a' && c <= 'z')
        {
            return c - 'a' + 36;
        }

        return -1;
    }

    private static InvalidDataException Malformed(int lineNumber, string reason)
    {
        string where = lineNumber > 0 ? " at line " + lineNumber.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return new InvalidDataException("Pinyin table resource '" + ResourceName + "' is malformed" + where + ": " + reason + ".");
    }

    private sealed class Table
    {
        internal Table(int first, ushort[] entries, string[] syllables, int count)
        {
            First = first;
            Entries = entries;
            Syllables = syllables;
            Count = count;
        }

        internal int First { get; }

        internal ushort[] Entries { get; }

        internal string[] Syllables { get; }

        internal int Count { get; }
    }
}
