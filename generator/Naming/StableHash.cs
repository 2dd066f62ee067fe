namespace NewsContent.Generator.Naming;

/// <summary>A short hash of a text that is the same in every process and on every platform, unlike string.GetHashCode.</summary>
internal static class StableHash
{
    /// <summary>FNV-1a over the UTF-16 code units, as eight lower-case hex digits.</summary>
    public static string Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
