using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsContent.Generator.Model;

namespace NewsContent.Cli.Json;

/// <summary>
/// A model record as a JSON object, read from the record itself: a field added to a model reaches the JSON without a
/// line here (model, producer, template, snapshot). Texts, lists of texts, whole numbers and kinds are written under
/// their camelCase names; fields that stand for something else (spans, text pieces, article numbers) are left to the
/// caller, which adds the ids and locations they become.
/// </summary>
internal static class ModelJson
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Fields = new();

    /// <summary>
    /// The id and member first, then the record's own fields, then the computed ones: a computed value replaces the
    /// field of its name, and a null one removes it (an article number the caller writes as an id).
    /// </summary>
    public static JsonObject Of(object model, string? id, string? member, params (string Name, JsonNode? Value)[] computed)
    {
        var json = new JsonObject { ["id"] = id, ["member"] = member };
        foreach (var field in Fields.GetOrAdd(model.GetType(), type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            if (field.GetIndexParameters().Length == 0 && Writes(field.PropertyType))
            {
                json[JsonNamingPolicy.CamelCase.ConvertName(field.Name)] = Node(field.GetValue(model));
            }
        }

        foreach (var (name, value) in computed)
        {
            if (value is null)
            {
                json.Remove(name);
            }
            else
            {
                json[name] = value;
            }
        }

        return json;
    }

    /// <summary>The field types written as they are; an article number (ArticleNumber) is an id to the caller, so ints are written only when they are not one.</summary>
    private static bool Writes(Type type) =>
        type == typeof(string) || type == typeof(EquatableArray<string>) || type == typeof(int?) || type == typeof(int) || type.IsEnum;

    private static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        EquatableArray<string> texts => new JsonArray(texts.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        int number => JsonValue.Create(number),

        // Kinds are spelled as their words (news, commentary, in_name), as in the generated API.
        Enum kind => JsonValue.Create(KindWords.Of(kind)),
        _ => null,
    };
}
