namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Program.cs of the app that references the content package: it names one article and one meeting
/// member directly, as a user would, and prints what they hold; then the whole catalog, one item a line
/// (kind, tab, fields), so a test can score the packed content against the design seed's gold.</summary>
internal static class ContentConsumerProgram
{
    public static string Article => ContentMembers.Articles[0].Name;

    public static string Meeting => ContentMembers.Meetings[0].Name;

    public static string Source() =>
        $$"""
        using NewsContent;

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine("article: " + Articles.{{Article}}.Headline);
        Console.WriteLine("meeting: " + Meetings.{{Meeting}}.Name);
        Console.WriteLine("articles in catalog: " + Catalog.Articles.Count);
        foreach (var a in Catalog.Articles) Console.WriteLine("A\t" + a.Headline);
        foreach (var m in Catalog.Meetings) Console.WriteLine("M\t" + m.Name + "\t" + m.Date?.ToString("yyyy-MM-dd") + "\t" + m.Chair);
        foreach (var f in Catalog.Figures) Console.WriteLine("F\t" + f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + f.Unit);
        foreach (var p in Catalog.People) Console.WriteLine("P\t" + p.Name);

        """;
}
