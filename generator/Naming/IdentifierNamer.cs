using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsContent.Generator.Naming.Pinyin;

namespace NewsContent.Generator.Naming;

/// <summary>Makes valid, readable C# identifiers from Chinese text: pinyin PascalCase or hanzi.</summary>
internal static class IdentifierNamer
{
    /// <summary>Surnames whose reading as a surname differs from the character's first reading.</summary>
    private static readonly Dictionary<char, string> SurnameReadings = new()
    {
        ['单'] = "shan", ['曾'] = "zeng", ['解'] = "xie", ['仇'] = "qiu", ['区'] = "ou", ['朴'] = "piao",
        ['覃'] = "qin", ['查'] = "zha", ['盖'] = "ge", ['乐'] = "yue", ['尉'] = "yu", ['缪'] = "miao", ['种'] = "chong", ['翟'] = "zhai",
    };

    private static readonly HashSet<string> Keywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null",
        "object", "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte",
        "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>A reserved C# keyword, usable as a name only with '@'.</summary>
    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <param name="maxUnits">How many syllables or words to keep, so names stay readable.</param>
    /// <param name="personName">Read the first character as a surname (单 Shan, 曾 Zeng).</param>
    public static string Create(string text, IdentifierStyle style, int maxUnits, bool personName = false, string fallback = "Item")
    {
        var builder = new StringBuilder();
        var units = 0;
        var wordStart = true;
        for (var i = 0; i < text.Length && units < maxUnits; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) || char.IsLowSurrogate(c))
            {
                wordStart = true;
                continue;
            }

            if (style == IdentifierStyle.Pinyin && TryReading(c, personName && i == 0, out var syllable))
            {
                builder.Append(char.ToUpperInvariant(syllable[0])).Append(syllable, 1, syllable.Length - 1);
                units++;
                wordStart = true;
            }
            else if (IsAsciiLetterOrDigit(c) || (style == IdentifierStyle.Hanzi && IsIdentifierLetter(c)))
            {
                builder.Append(wordStart && style == IdentifierStyle.Pinyin ? char.ToUpperInvariant(c) : c);
                if (wordStart || !IsAsciiLetterOrDigit(c))
                {
                    units++;
                }

                wordStart = false;
            }
            else
            {
                wordStart = true;
            }
        }

        var name = builder.Length == 0 ? fallback : builder.ToString();
        if (name.Length == 0)
        {
            // A unit of only symbols with an empty fallback: the caller adds nothing to the name.
            return name;
        }

        if (char.IsDigit(name[0]))
        {
            name = "_" + name;
        }

        return Keywords.Contains(name) ? "@" + name : name;
    }

    private static bool TryReading(char c, bool surname, out string syllable)
    {
        if (surname && SurnameReadings.TryGetValue(c, out var reading))
        {
            syllable = reading;
            return true;
        }

        return PinyinTable.TryGetSyllable(c, out syllable);
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static bool IsIdentifierLetter(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber;
    }
}
