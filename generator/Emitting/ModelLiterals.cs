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

    public static ScriptObject Of(object model)
    {
        var view = new ScriptObject();
        foreach (var field in Fields.GetOrAdd(model.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (field.GetIndexParameters().Length == 0 && Literal(field.PropertyType, field.GetValue(model)) is { } literal)
            {
                view.SetValue(field.Name, literal, false);
            }
        }

        return view;
    }

    private static string? Literal(Type type, object? value) => value switch
    {
        _ when type == typeof(string) => CSharpLiteral.String((string?)value),
        EquatableArray<string> strings => CSharpLiteral.Strings(strings),
        int number => CSharpLiteral.NullableInt(number),
        null when type == typeof(int?) => CSharpLiteral.NullableInt(null),

        // Kinds are spelled in the generated API as their words (news, commentary).
        Enum kind => CSharpLiteral.String(KindWords.Of(kind)),
        _ => null,
    };
}
