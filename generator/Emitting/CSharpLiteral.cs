using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// Writes seed text safely into generated C#: string literals with every risky character escaped,
/// and XML doc text that cannot close its comment or carry invisible bidirectional controls.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Strings(IEnumerable<string> values)
    {
        var builder = new StringBuilder("new string[] { ");
        var first = true;
        foreach (var value in values)
        {
            builder.Append(first ? string.Empty : ", ").Append(String(value));
            first = false;
        }

        return builder.Append(first ? "}" : " }").ToString();
    }

    public static string NullableInt(int? value) => value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

    public static string Decimal(string invariantValue) => invariantValue + "m";

    /// <summary>Text for a one-line XML doc comment: markup escaped, controls and bidi overrides shown as \uXXXX.</summary>
    public static string Doc(string? value, int maxLength = 200)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value!.Length > maxLength ? value.Substring(0, maxLength) + "…" : value;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (NeedsEscape(c) || c is '\n' or '\r' or '\t' or '\0')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Controls, line separators, lone surrogates and bidirectional formatting (Trojan Source) are never written raw.</summary>
    private static bool NeedsEscape(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' or '\u0085' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF';
}
