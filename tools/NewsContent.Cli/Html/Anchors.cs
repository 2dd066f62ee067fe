using System.Globalization;

namespace NewsContent.Cli.Html;

/// <summary>The HTML ids of a report: the side panel links to them.</summary>
internal static class Anchors
{
    public static string Article(int index) => "A" + Number(index);

    public static string Meeting(int index) => "M" + Number(index);

    public static string Figure(int index) => "F" + Number(index);

    public static string Person(int index) => "P" + Number(index);

    public static string Date(int index) => "D" + Number(index);

    public static string Diagnostic(int index) => "E" + Number(index);

    public static string Line(int number) => "L" + number.ToString(CultureInfo.InvariantCulture);

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
