using System.Text.Json.Serialization;

namespace NewsContent.Startup;

/// <summary>System.Text.Json's source-generated metadata: the fastest way it offers to read the document at start-up.</summary>
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}
