using NewsContent.Tests.Layout;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// A page hard-wrapped as an OCR column is (`--wrap N`): every line cut at N characters by the layout tests' own
/// <see cref="LayoutVariants.HardWrapped"/>, with where each character of the wrapped text stands in the page as made,
/// so the error listing can place a wrapped page's articles against the gold's line numbers.
/// </summary>
internal static class WrappedPages
{
    public static (string Text, int[] ToReflowed) Wrap(string text, int width)
    {
        var wrapped = LayoutVariants.HardWrapped(text, width);
        var map = new int[wrapped.Length + 1];
        var j = 0;
        for (var i = 0; i < wrapped.Length; i++)
        {
            // Spaces that close a line (dropped by the wrap) and carriage returns have no wrapped character.
            while (j < text.Length && text[j] != wrapped[i] && (text[j] == '\r' || (char.IsWhiteSpace(text[j]) && ClosesLine(text, j))))
            {
                j++;
            }

            map[i] = Math.Min(j, text.Length);
            if (j < text.Length && text[j] == wrapped[i])
            {
                j++;
            }
        }

        map[wrapped.Length] = text.Length;
        return (wrapped, map);
    }

    private static bool ClosesLine(string text, int index)
    {
        while (index < text.Length && text[index] != '\n' && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index == text.Length || text[index] == '\n';
    }
}
