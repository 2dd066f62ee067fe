using System.Collections.Generic;
using Scriban.Runtime;

namespace NewsContent.Generator.Emitting;

// Plain objects the templates render. Every string here is already a C# literal or escaped doc text,
// so a template only lays code out and never decides how to escape content.
#pragma warning disable SA1402

internal sealed class SeedView
{
    public string Namespace { get; set; } = string.Empty;
    public string SeedClass { get; set; } = string.Empty;
    public string SeedPath { get; set; } = string.Empty;

    // The page's strings as one UTF-8 literal and where each ends (see Utf8Table); records read them by index.
    public string Utf8 { get; set; } = "\"\"u8";
    public string Ends { get; set; } = "new int[] { }";
    public string SeedFile { get; set; } = "null";

    // One object per article, meeting and figure: the model's fields by name (see ModelLiterals) and the computed ones.
    public List<ScriptObject> Articles { get; } = new();
    public List<ScriptObject> Meetings { get; } = new();
    public List<ScriptObject> Figures { get; } = new();
}

internal sealed class CatalogView
{
    public string Namespace { get; set; } = string.Empty;
    public List<string> Seeds { get; } = new();
    public List<string> PeopleShards { get; } = new();
}

internal sealed class PeopleShardView
{
    public string Namespace { get; set; } = string.Empty;
    public string ShardClass { get; set; } = string.Empty;
    public string Order { get; set; } = "new int[] { }";
    public List<PersonView> People { get; } = new();
    public string Utf8 { get; set; } = "\"\"u8";
    public string Ends { get; set; } = "new int[] { }";
}

internal sealed class PersonView
{
    public string Member { get; set; } = string.Empty;

    /// <summary>The #line directive that maps the member's name to the person's first mention; empty when none is known.</summary>
    public string LineMap { get; set; } = string.Empty;

    public int Index { get; set; }
    public string Doc { get; set; } = string.Empty;
    public string NameConstant { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Titles { get; set; } = string.Empty;
    public string ArticleIds { get; set; } = string.Empty;
    public string MeetingIds { get; set; } = string.Empty;
}
