using System;
using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.Text;

/// <summary>Ordinal tests of a text against a list of words: the lexicons are lists, and each rule asks one of these.</summary>
internal static class Words
{
    /// <summary>True when any word occurs anywhere in the text.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any word starts at <paramref name="index"/>.</summary>
    public static bool AnyAt(string text, int index, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when any word ends right before <paramref name="end"/>.</summary>
    public static bool AnyEndingAt(string text, int end, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
