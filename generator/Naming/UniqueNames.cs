using System.Collections.Generic;

namespace NewsContent.Generator.Naming;

/// <summary>Hands out names that are unique within one scope, suffixing _2, _3 on a clash.</summary>
internal sealed class UniqueNames
{
    /// <summary>
    /// Every generated class inherits these from object: a member of the same name hides one (CS0108), a warning that
    /// breaks a consumer building with warnings as errors, so a headline reading "Equals" must not take the name.
    /// </summary>
    private static readonly string[] ObjectMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    private readonly HashSet<string> taken;

    /// <summary>Where the suffix search for a name resumes: a page of 3,000 identical figures stays linear, not quadratic.</summary>
    private readonly Dictionary<string, int> nextSuffix = new(System.StringComparer.Ordinal);

    /// <param name="reserved">Names the scope already uses, such as the classes the members are declared in (a member may not share its class's name).</param>
    public UniqueNames(params string[] reserved)
    {
        taken = new HashSet<string>(reserved, System.StringComparer.Ordinal);
        taken.UnionWith(ObjectMembers);
    }

    /// <summary>The name itself when free, else the first free suffixed form; <paramref name="collided"/> says which.</summary>
    public string Claim(string name, out bool collided)
    {
        collided = !taken.Add(name);
        if (!collided)
        {
            return name;
        }

        // Names are never released, so every suffix below the resume point is still taken: resuming gives the same name a scan from 2 would.
        nextSuffix.TryGetValue(name, out var n);
        for (n = System.Math.Max(n, 2); ; n++)
        {
            var candidate = name + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (taken.Add(candidate))
            {
                nextSuffix[name] = n + 1;
                return candidate;
            }
        }
    }
}
