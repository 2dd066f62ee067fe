using System.Globalization;
using System.Text;
using NewsContent.Generator.Model;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// <c>#line</c> directives that map a generated member's name onto the text it was read from, so go to definition on
/// <c>Articles.X</c> opens the seed at the headline (as Razor maps generated code back to .cshtml), and a compiler
/// diagnostic on that line points into the seed.
/// </summary>
/// <remarks>
/// The enhanced form <c>#line (line, column) - (line, column) offset "file"</c> (C# 10) maps the text of the next line
/// from <c>offset</c> on; the templates write each mapped member on one line, two levels of four-space indent, its
/// declaration (<c>public const string </c>) and then its name, so the name starts at <see cref="NameColumn"/>.
/// </remarks>
internal static class LineDirectives
{
    public const string End = "#line default";

    /// <summary>The directive for a name alone on the next line (column 9).</summary>
    public static string To(string seedFile, SourceSpan span, int length = 0) => To(seedFile, span, string.Empty, length);

    /// <summary>The 1-based column of a member's name on its line: after the indent and the declaration before it.</summary>
    public static int NameColumn(string declaration) => 8 + declaration.Length + 1;

    /// <summary>
    /// The directive that maps the name on the next line (after <paramref name="declaration"/>) to <paramref name="span"/>'s
    /// first line in <paramref name="seedFile"/>, <paramref name="length"/> characters long when given (a headline within a
    /// longer span), else to the span's end on that line.
    /// </summary>
    public static string To(string seedFile, SourceSpan span, string declaration, int length)
    {
        var endColumn = length > 0 ? span.Column + length
            : span.EndLine == span.Line && span.EndColumn > span.Column ? span.EndColumn
            : span.Column + 1;
        return string.Format(
            CultureInfo.InvariantCulture,
            "#line ({0}, {1}) - ({0}, {2}) {3} \"{4}\"",
            span.Line,
            span.Column,
            endColumn,
            NameColumn(declaration),
            FileName(seedFile));
    }

    /// <summary>
    /// The seed's path as a #line file name: '/' for '\' (Windows opens either, and a backslash in the directive could be
    /// read as an escape), and characters a directive cannot hold (quotes, line breaks, controls) replaced.
    /// </summary>
    private static string FileName(string path)
    {
        var name = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            name.Append(c switch
            {
                '\\' => '/',
                '"' => '_',
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' => '_',
                _ => c,
            });
        }

        return name.ToString();
    }
}
