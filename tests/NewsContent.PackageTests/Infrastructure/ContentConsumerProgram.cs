namespace NewsContent.PackageTests.Infrastructure;

/// <summary>Program.cs of the app that references the content package: it names one article and one meeting
/// member directly, as a user would, and prints what they hold.</summary>
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

        """;
}
