using System;
using System.Collections.Concurrent;
using System.Reflection;
using NewsContent.Generator.Model;
using Scriban.Runtime;

namespace NewsContent.Generator.Emitting;

/// <summary>
/// A model record's fields as C# literals under their own names, read from the record itself: a field added to a
/// model reaches the templates without a view class or a builder line (model, producer, template, snapshot).
/// Fields of a type with no single literal form (spans, text pieces, article numbers that stand for ids) are left
/// out; <see cref="ViewBuilder"/> adds what is computed from them (ids, locations, docs) and overrides a field whose
/// string stands for another type (a figure's invariant decimal).
/// </summary>
internal static class ModelLiterals
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Fields = new();

    /// <param name="model">The record.</param>
    /// <param name="text">Where its strings are written: a string field becomes a read of the table, not a literal.</param>
    public static ScriptObject Of(object model, Utf8Table text)
    {
        var view = new ScriptObject();
        foreach (var field in Fields.GetOrAdd(model.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (field.GetIndexParameters().Length == 0 && Literal(field.PropertyType, field.GetValue(model), text) is { } literal)
            {
                view.SetValue(field.Name, literal, false);
            }
        }

        return view;
    }

    private static string? Literal(Type type, object? value, Utf8Table text) => value switch
    {
        _ when type == typeof(string) => text.String((string?)value),
        EquatableArray<string> strings => text.Strings(strings),
        int number => CSharpLiteral.NullableInt(number),
        null when type == typeof(int?) => CSharpLiteral.NullableInt(null),

        // Kinds are spelled in the generated API as their words (news, commentary).
        Enum kind => text.String(KindWords.Of(kind)),
        _ => null,
    };
}
