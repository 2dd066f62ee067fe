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
}

/// <summary>
/// A named list of words that knows how to find itself in a text. The words are grouped by their first (and by
/// their last) character, so a lookup at a position that starts none of them costs one dictionary probe instead of
/// one comparison per word: titles and units are looked for at every character of every paragraph (this was the
/// parser's largest cost, profiled over 100 pages). Within a group the list's own order is kept, so a match is the
/// same word a scan of the whole list in order would have returned (list a longer word before its prefix).
/// </summary>
internal sealed class WordList : IEnumerable<string>
{
    private readonly string[] _words;
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly Dictionary<char, string[]> _byLast;

    public WordList(params string[] words)
    {
        _words = words;
        _byFirst = Group(words, w => w[0]);
        _byLast = Group(words, w => w[w.Length - 1]);
    }

    /// <summary>The list sorted longest first (ties in ordinal order), so a word always wins over its own prefix.</summary>
    public static WordList LongestFirst(params string[] words)
    {
        var sorted = (string[])words.Clone();
        Array.Sort(sorted, (a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return new WordList(sorted);
    }

    /// <summary>Named lists composed into one, sorted longest first (ties in ordinal order).</summary>
    public static WordList LongestFirst(params IEnumerable<string>[] parts)
    {
        var all = new List<string>();
        foreach (var part in parts)
        {
            all.AddRange(part);
        }

        return LongestFirst(all.ToArray());
    }

    /// <summary>This list followed by more words (a list composed from another by reference).</summary>
    public WordList With(params string[] more)
    {
        var all = new string[_words.Length + more.Length];
        _words.CopyTo(all, 0);
        more.CopyTo(all, _words.Length);
        return new WordList(all);
    }

    public int Count => _words.Length;

    /// <summary>The first word of the list that starts at <paramref name="index"/>, or null.</summary>
    public string? MatchAt(string text, int index)
    {
        if (index >= text.Length || !_byFirst.TryGetValue(text[index], out var group))
        {
            return null;
        }

        foreach (var word in group)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    public bool StartsAt(string text, int index) => MatchAt(text, index) is not null;

    /// <summary>True when some word of the list starts with <paramref name="c"/>.</summary>
    public bool HasWordStartingWith(char c) => _byFirst.ContainsKey(c);

    /// <summary>The first word of the list that ends right before <paramref name="end"/>, or null.</summary>
    public string? MatchEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || !_byLast.TryGetValue(text[end - 1], out var group))
        {
            return null;
        }

        foreach (var word in group)
        {
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    public bool EndsAt(string text, int end) => MatchEndingAt(text, end) is not null;

    /// <summary>True when the whole of text[start, end) is one word of the list.</summary>
    public bool IsWord(string text, int start, int end)
    {
        if (start >= text.Length || end > text.Length || !_byFirst.TryGetValue(text[start], out var group))
        {
            return false;
        }

        foreach (var candidate in group)
        {
            if (candidate.Length == end - start && string.CompareOrdinal(text, start, candidate, 0, candidate.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static Dictionary<char, string[]> Group(string[] words, Func<string, char> key)
    {
        var groups = new Dictionary<char, List<string>>();
        foreach (var word in words)
        {
            if (!groups.TryGetValue(key(word), out var group))
            {
                groups.Add(key(word), group = new List<string>());
            }

            group.Add(word);
        }

        var result = new Dictionary<char, string[]>(groups.Count);
        foreach (var pair in groups)
        {
            result.Add(pair.Key, pair.Value.ToArray());
        }

        return result;
    }
}
