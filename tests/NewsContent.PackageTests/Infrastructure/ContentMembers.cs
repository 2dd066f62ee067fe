using System.Reflection;

namespace NewsContent.PackageTests.Infrastructure;

/// <summary>The generated members of the content assembly, read by reflection so the tests follow whatever
/// the parser extracts instead of spelling out member names.</summary>
internal static class ContentMembers
{
    public static IReadOnlyList<(string Name, global::NewsContent.Article Value)> Articles { get; } = Read<global::NewsContent.Article>(typeof(global::NewsContent.Articles));

    public static IReadOnlyList<(string Name, global::NewsContent.Meeting Value)> Meetings { get; } = Read<global::NewsContent.Meeting>(typeof(global::NewsContent.Meetings));

    public static IReadOnlyList<(string Name, global::NewsContent.Person Value)> People { get; } = Read<global::NewsContent.Person>(typeof(global::NewsContent.People));

    /// <summary>The seed the content package is compiled from, in the checkout.</summary>
    public static string SeedPath(global::NewsContent.SourceLocation source) =>
        Path.Combine(RepositoryRoot.Path, "content", source.File.Replace('/', Path.DirectorySeparatorChar));

    private static IReadOnlyList<(string, T)> Read<T>(Type holder)
    {
        var members = holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(T))
            .Select(f => (f.Name, (T)f.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(members);
        return members;
    }
}
