using System.Collections.Generic;

namespace NewsContent.Generator.Emitting;

// Plain objects the templates render. Every string here is already a C# literal or escaped doc text,
// so a template only lays code out and never decides how to escape content.
#pragma warning disable SA1402

internal sealed class SeedView
{
    public string Namespace { get; set; } = string.Empty;
    public string SeedClass { get; set; } = string.Empty;
    public string SeedPath { get; set; } = string.Empty;

    // The page's strings as one UTF-8 literal and where each ends (see Utf8Table); the records as rows of numbers that
    // point into it, one table per list (see RowTable).
    public string Utf8 { get; set; } = "\"\"u8";
    public string Ends { get; set; } = "\"\"u8";
    public string ArticleRows { get; set; } = "\"\"u8";
    public string MeetingRows { get; set; } = "\"\"u8";
    public string FigureRows { get; set; } = "\"\"u8";
    public string FigureInNameRows { get; set; } = "\"\"u8";

    // What the templates write before a member's name (the #line maps count on it to find the name's column).
    public const string StringDeclaration = "public const string ";
    public const string DecimalDeclaration = "public const decimal ";

    public string StringConstant => StringDeclaration;
    public string DecimalConstant => DecimalDeclaration;

    public string ArticleField { get; set; } = string.Empty;
    public string MeetingField { get; set; } = string.Empty;
    public string FigureField { get; set; } = string.Empty;

    // One view per member: its name, doc and #line maps; the records themselves are in the rows.
    public List<MemberView> Articles { get; } = new();
    public List<MemberView> Meetings { get; } = new();
    public List<MemberView> Figures { get; } = new();
}

/// <summary>
/// A generated member and its constant: one line each, after a #line that maps the member's name (at
/// <see cref="LineDirectives"/>' column for that declaration) onto the seed text it stands for.
/// </summary>
internal sealed class MemberView
{
    public string Member { get; set; } = string.Empty;
    public int Index { get; set; }
    public string Doc { get; set; } = string.Empty;

    /// <summary>The constant's doc: the text without the seed location (its member's doc has it).</summary>
    public string ConstantDoc { get; set; } = string.Empty;
    public string LineMap { get; set; } = string.Empty;
    public string ConstantLineMap { get; set; } = string.Empty;

    /// <summary>The constant's value as a C# literal (headline, meeting name, figure value).</summary>
    public string Constant { get; set; } = string.Empty;

    /// <summary>A meeting's date as a constant when it is whole (MeetingDates), else empty.</summary>
    public string DateConstant { get; set; } = string.Empty;
    public bool HasDate { get; set; }
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
    public string PersonField { get; set; } = string.Empty;
    public string StringConstant => SeedView.StringDeclaration;
    public string Order { get; set; } = "\"\"u8";
    public List<PersonView> People { get; } = new();
    public string Utf8 { get; set; } = "\"\"u8";
    public string Ends { get; set; } = "\"\"u8";
    public string Rows { get; set; } = "\"\"u8";
}

internal sealed class PersonView
{
    public string Member { get; set; } = string.Empty;

    /// <summary>The #line directive that maps the member's name to the person's first mention; #line default when none is known.</summary>
    public string LineMap { get; set; } = LineDirectives.End;
    public string ConstantLineMap { get; set; } = LineDirectives.End;

    public int Index { get; set; }
    public string Doc { get; set; } = string.Empty;
    public string NameConstant { get; set; } = string.Empty;
}
