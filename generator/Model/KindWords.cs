using System;
using System.Text;

namespace NewsContent.Generator.Model;

/// <summary>
/// How a model kind is spelled in the generated API's strings, the CLI's JSON and the gold: its member name in lower
/// snake case (News → news, InName → in_name). One rule, so a new kind needs no spelling of its own.
/// </summary>
internal static class KindWords
{
    public static string Of(Enum kind)
    {
        var name = kind.ToString();
        var word = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                word.Append('_');
            }

            word.Append(char.ToLowerInvariant(name[i]));
        }

        return word.ToString();
    }
}
