using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsContent.Generator;
using NewsContent.Tests.Generator;

namespace NewsContent.Tests.Fuzz;

/// <summary>
/// Hostile projects (several seeds, colliding names, bad dates, odd paths) generate byte-identical files and the same
/// diagnostics whatever the order of the AdditionalFiles and whatever the culture of the build machine.
/// </summary>
public sealed class HostileDeterminismTests
{
    private static readonly string[] Cultures = { "fi-FI", "tr-TR", "ar-SA" };

    [Fact]
    public void HostileProjects_AnyOrderAnyCulture_SameBytesSameDiagnostics()
    {
        var factory = new HostileSeedFactory(7);
        var cases = Enumerable.Range(0, 400).Select(factory.Create).Where(c => c.Seeds.Count > 1).Take(25).ToList();
        Assert.True(cases.Count >= 20, "Too few multi-seed cases to test ordering.");

        foreach (var fuzzCase in cases)
        {
            string? reference = null;
            foreach (var culture in Cultures)
            {
                foreach (var reversed in new[] { false, true })
                {
                    var result = UnderCulture(culture, () => Generate(fuzzCase, reversed));
                    reference ??= result;
                    Assert.True(reference == result, $"Output differs under {culture}{(reversed ? " with seeds in reverse order" : string.Empty)}:\n{fuzzCase.Describe(300)}");
                }
            }
        }
    }

    /// <summary>Every generated file's bytes (hex) and every diagnostic, in one comparable string.</summary>
    private static string Generate(FuzzCase fuzzCase, bool reversed)
    {
        var harness = new GeneratorHarness().WithNamespace(fuzzCase.Namespace).WithIdentifierStyle(fuzzCase.IdentifierStyle);
        var order = Enumerable.Range(0, fuzzCase.Seeds.Count).ToList();
        if (reversed)
        {
            order.Reverse();
        }

        foreach (var i in order)
        {
            harness.AddSeed(FuzzRunner.FilePath(fuzzCase, i), fuzzCase.Seeds[i].Text, fuzzCase.Seeds[i].PublishedOn, fuzzCase.Seeds[i].SeedPath);
        }

        var driver = CSharpGeneratorDriver.Create(new[] { new ContentGenerator().AsSourceGenerator() }, harness.AdditionalTexts, GeneratorHarness.ParseOptions, harness.CreateOptionsProvider());
        var run = driver.RunGenerators(harness.CreateCompilation()).GetRunResult().Results[0];
        Assert.Null(run.Exception);
        var builder = new StringBuilder();
        foreach (var source in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            builder.Append(source.HintName).Append('\n').Append(Convert.ToHexString(Encoding.UTF8.GetBytes(source.SourceText.ToString()))).Append('\n');
        }

        foreach (var diagnostic in run.Diagnostics.Select(Describe).OrderBy(d => d, StringComparer.Ordinal))
        {
            builder.Append(diagnostic).Append('\n');
        }

        return builder.ToString();
    }

    private static string Describe(Diagnostic diagnostic) =>
        diagnostic.Id + " " + diagnostic.Location.GetLineSpan() + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static T UnderCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
