using System.Collections.Generic;

namespace NewsContent.Generator.Naming;

/// <summary>Hands out names that are unique within one scope, suffixing _2, _3 on a clash.</summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> taken;

    public UniqueNames(params string[] reserved) => taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);

    /// <summary>The name itself when free, else the first free suffixed form; <paramref name="collided"/> says which.</summary>
    public string Claim(string name, out bool collided)
    {
        collided = !taken.Add(name);
        if (!collided)
        {
            return name;
        }

        for (var n = 2; ; n++)
        {
            var candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
