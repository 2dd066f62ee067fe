using System.Globalization;
using System.Text;

namespace NewsContent.Generator.Naming;

/// <summary>
/// The namespace of the generated API from a project property such as RootNamespace. The property is kept as written
/// wherever it is already valid C# (My_App stays My_App), and repaired only where it is not: a keyword part gets '@'
/// (Company.@event), a part starting with a digit gets '_', a character no identifier may hold becomes '_'.
/// </summary>
internal static class NamespaceNames
{
    private const string Fallback = "NewsContent";

    public static string Create(string value)
    {
        var parts = value.Split('.');
        var builder = new StringBuilder(value.Length + 8);
        foreach (var raw in parts)
        {
            var part = Part(raw.Trim());
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? string.Empty : ".").Append(part);
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }

    private static string Part(string raw)
    {
        var text = raw.StartsWith("@", System.StringComparison.Ordinal) ? raw.Substring(1) : raw;
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            builder.Append(IsPartCharacter(c) ? c : '_');
        }

        if (builder.Length == 0 || builder.ToString().Trim('_').Length == 0)
        {
            return string.Empty;
        }

        var part = builder.ToString();
        if (!IsStartCharacter(part[0]))
        {
            part = "_" + part;
        }

        // 'global' is a contextual keyword that would read as the global alias in global::global.X; '@' keeps it a plain name.
        return IdentifierNamer.IsKeyword(part) || part == "global" ? "@" + part : part;
    }

    private static bool IsStartCharacter(char c) => c == '_' || IsLetter(CharUnicodeInfo.GetUnicodeCategory(c));

    private static bool IsPartCharacter(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return IsLetter(category) || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsLetter(UnicodeCategory category) =>
        category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
