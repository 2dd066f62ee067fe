namespace NewsContent.Generator.Parsing.Text;

/// <summary>Character classes of Chinese text.</summary>
internal static class Hanzi
{
    public static bool IsHanzi(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '\u3007';

    /// <summary>Ends a sentence: a full stop, question or exclamation mark, ellipsis.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '．';

    /// <summary>Closes a quotation or bracket that may follow a sentence end.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '》' or '"' or '\'';

    /// <summary>Any punctuation or spacing that can end a phrase.</summary>
    public static bool IsPunctuation(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c) || c is '\u3000';

    /// <summary>True when the text ends a sentence, allowing closing quotes after the mark.</summary>
    public static bool EndsSentence(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && IsCloser(text[i]))
        {
            i--;
        }

        return i >= 0 && (IsSentenceEnd(text[i]) || text[i] is '；' or ';' or '：' or ':');
    }

    /// <summary>Maps full-width ASCII forms (０-９, Ａ-Ｚ, ．) to ASCII; other characters are unchanged.</summary>
    public static char ToHalfWidth(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    public static int CountHanzi(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (IsHanzi(c))
            {
                n++;
            }
        }

        return n;
    }
}
