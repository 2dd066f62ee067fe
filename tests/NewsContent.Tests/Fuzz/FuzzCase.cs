using System.Globalization;
using System.Text;

namespace NewsContent.Tests.Fuzz;

/// <summary>One seed of a fuzz case: what the compiler would hand the generator as an AdditionalFile.</summary>
internal sealed record FuzzSeed(string SeedPath, string Text, string? PublishedOn);

/// <summary>
/// One hostile input: a project with one or more seeds and its options. <see cref="Recipe"/> names the mutations
/// that made it, and <see cref="Replay"/> says how to build it again, so a failure can be reproduced from the test output.
/// </summary>
internal sealed record FuzzCase(int Index, string Recipe, string Replay, string Namespace, string IdentifierStyle, IReadOnlyList<FuzzSeed> Seeds)
{
    /// <summary>Everything a developer needs to see this case again, with invisible characters written as escapes.</summary>
    public string Describe(int maxChars = 3000)
    {
        var builder = new StringBuilder();
        builder.Append("case #").Append(Index.ToString(CultureInfo.InvariantCulture)).Append(" [").Append(Recipe).Append("] replay: ").AppendLine(Replay);
        builder.Append("  namespace=").Append(Escape(Namespace, 200)).Append(" style=").AppendLine(IdentifierStyle);
        foreach (var seed in Seeds)
        {
            builder.Append("  seed ").Append(Escape(seed.SeedPath, 200)).Append(" PublishedOn=").Append(seed.PublishedOn is null ? "(none)" : Escape(seed.PublishedOn, 100))
                .Append(" length=").Append(seed.Text.Length.ToString(CultureInfo.InvariantCulture)).AppendLine(":");
            builder.Append("    \"").Append(Escape(seed.Text, maxChars)).AppendLine("\"");
        }

        return builder.ToString();
    }

    /// <summary>Seed text as a C# string body: CJK kept readable, every control, format or surrogate character escaped.</summary>
    public static string Escape(string text, int maxChars)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > maxChars ? text.Substring(0, maxChars) : text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                builder.Append("\\n");
            }
            else if (c < ' ' || c > '~' && category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                         or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                         or UnicodeCategory.SpaceSeparator)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        if (text.Length > maxChars)
        {
            builder.Append("…(+").Append((text.Length - maxChars).ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return builder.ToString();
    }
}
