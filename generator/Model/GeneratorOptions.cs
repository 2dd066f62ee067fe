using NewsContent.Generator.Naming;

namespace NewsContent.Generator.Model;

/// <summary>The project-wide options: namespace of the generated API, identifier style, default publication date.</summary>
internal sealed record GeneratorOptions(string Namespace, IdentifierStyle Style, string? DefaultPublishedOn);
