using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;

namespace NewsContent.Generator.Model;

/// <summary>
/// Rewrites every text field of a model record (each string and each list of strings) through one function, read from
/// the record itself: a text field added to a model is rewritten without a line here or at the caller
/// (<see cref="Parsing.PrintedForms"/> gives a folded page back in its printed characters this way).
/// </summary>
internal static class ModelText
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextFields = new();

    public static T Map<T>(T record, Func<string, string> map)
        where T : class
    {
        // A record's compiler-made copy method: the copy gets the new texts, the original stays as it was.
        var copy = typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
        foreach (var field in TextFields.GetOrAdd(typeof(T), Fields))
        {
            field.SetValue(copy, field.GetValue(copy) switch
            {
                string text => map(text),
                EquatableArray<string> texts => texts.Select(map).ToEquatableArray(),
                var other => other,
            });
        }

        return (T)copy;
    }

    private static PropertyInfo[] Fields(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0 && (p.PropertyType == typeof(string) || p.PropertyType == typeof(EquatableArray<string>)))
            .ToArray();
}
