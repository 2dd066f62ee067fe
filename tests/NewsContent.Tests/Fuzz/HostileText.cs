namespace NewsContent.Tests.Fuzz;

/// <summary>The characters and fragments that have broken generators: each must come out of the generator as compiling, inert code.</summary>
internal static class HostileText
{
    /// <summary>Fragments that end strings, comments or XML docs, or that a template engine might read as its own syntax.</summary>
    public static readonly string[] Specials =
    {
        "\"", "\\", "\\\"", "\"\"\"", "*/", "/*", "//", "///", "</summary>", "<summary>", "<see cref=\"X\"/>", "<!--", "]]>", "<![CDATA[",
        "&", "&amp;", "&#0;", "<", ">", "{{", "}}", "{{ Namespace }}", "{{ end }}", "{%", "%}", "{{~", "~}}", "{", "}", "$\"", "@\"", "'", "`",
        "\u2028", "\u2029", "\u0085", "\0", "\uD800", "\uDFFF", "\uDBFF\uDBFF", "\uD83D\uDE00", "\uFEFF", "\u200B", "\u200E", "\u200F", "\u061C",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFFFD", "\uFFFE", "\uFFFF", "\u0001", "\u001B", "\u007F",
        "\u0080", "\u009F", "\t", "\v", "\f", "\r", "\u3000", "#", "#if", "#endregion", "#pragma warning disable", "@", "@class", "0x", "1e999", "-", "−",
        "《", "》", "《《《", "、、、", "（", "）", "(", ")", "【", "】", "第", "次", "会议", "主持", "出席", "审议通过《", "本报讯", "新华社北京2月17日电",
        "昨日", "17日", "百分之", "万亿", "〇", "○", "１２３", "9999999999999999999999999999999", "0.0000000000000000000000000001", "%", "％", "个百分点",
    };

    /// <summary>C# keywords and names the generated code itself uses: each alone on a line, and as a headline.</summary>
    public static readonly string[] Identifiers =
    {
        "class", "int", "namespace", "return", "null", "true", "static", "void", "string", "object", "this", "base", "event", "operator", "default",
        "var", "dynamic", "record", "value", "field", "global", "nameof", "async", "await", "partial", "where", "_", "__", "@", "@int", "1", "２０２０",
        "Articles", "ArticleHeadlines", "Meetings", "MeetingNames", "MeetingDates", "Figures", "FigureValues", "People", "PersonNames", "Catalog",
        "Article", "Meeting", "Figure", "Person", "SourceLocation", "System", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals",
        "MemberwiseClone", "Finalize", "Join", "Find", "FindArticle", "Seed_A", "Item", "Article_2", "Id", "Headline",
    };

    /// <summary>Line breaks a file may use; a generator must agree with the compiler on every one.</summary>
    public static readonly string[] Newlines = { "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\r\n\r\n" };

    /// <summary>Characters repeated to make very long lines: digits, unclosed brackets, enumeration commas, hanzi, figures.</summary>
    public static readonly string[] LongLineUnits =
    {
        "1", "１", "《", "》", "、", "（", "中", "第一次", "2月17日", "4928家、", "百分之七十九点三", "会议", "\"", "\\", "*/", " ", "\u202E", "\uD800", "昨日", "主持",
    };
}
