using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsContent.Generator;

namespace NewsContent.Tests.Generator;

public sealed class IncrementalityTests
{
    private static readonly string[] AllTrackingNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly Type[] ForbiddenTypes =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SourceText),
    };

    [Fact]
    public void TrackingNames_AreAllTracked()
    {
        var run = TwoSeeds(out _, out _).Run();

        Assert.NotEmpty(AllTrackingNames);
        foreach (var name in AllTrackingNames)
        {
            Assert.True(run.Generator.TrackedSteps.ContainsKey(name), $"Step '{name}' is not tracked.");
        }
    }

    [Fact]
    public void SecondRun_WithoutChange_IsCachedEverywhere()
    {
        var first = TwoSeeds(out _, out _).Run();

        var second = first.Rerun();

        foreach (var name in AllTrackingNames)
        {
            var outputs = Outputs(second, name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' output was {o.Reason} on a run without change."));
        }

        AssertNoOutputReran(second, "a run without change");
        Assert.Equal(first.Sources, second.Sources);
    }

    /// <summary>Records, two seed files, the catalog and the diagnostics: every RegisterSourceOutput is tracked.</summary>
    [Fact]
    public void EveryOutputNode_IsTracked()
    {
        var run = TwoSeeds(out _, out _).Run();

        var steps = OutputSteps.Of(run);

        Assert.True(steps.Count >= 5, "Output steps: " + string.Join("; ", steps));
        Assert.All(steps, s => Assert.Equal(IncrementalStepRunReason.New, s.Reason));
        Assert.Equal(run.Sources.Keys.OrderBy(k => k, StringComparer.Ordinal), OutputSteps.ReemittedHintNames(run));
    }

    /// <summary>Only the generator's own steps: Roslyn's input steps (Compilation, AdditionalTexts…) naturally hold Roslyn objects.</summary>
    [Fact]
    public void TrackedOutputs_HoldNoRoslynObjects()
    {
        var first = TwoSeeds(out _, out _).Run();
        var second = first.Rerun();

        foreach (var run in new[] { first, second })
        {
            foreach (var name in AllTrackingNames)
            {
                foreach (var step in run.Generator.TrackedSteps[name])
                {
                    foreach (var (value, _) in step.Outputs)
                    {
                        AssertNoRoslynObject(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                    }
                }
            }
        }
    }

    [Fact]
    public void EditingOneSeed_ReparsesOnlyThatSeed()
    {
        var harness = TwoSeeds(out var design, out var copy);
        var first = harness.Run();
        var edited = new InMemoryAdditionalText(copy.Path, copy.GetText()!.ToString().Replace("4929家", "5000家", StringComparison.Ordinal));
        Assert.NotEqual(copy.GetText()!.ToString(), edited.GetText()!.ToString());

        var second = first.Rerun(driver: first.Driver.ReplaceAdditionalText(copy, edited));

        Assert.Null(second.Generator.Exception);
        var outputs = Outputs(second, TrackingNames.Parsed).Where(o => o.Reason != IncrementalStepRunReason.Removed).ToList();
        var changed = outputs.Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ToList();
        var kept = outputs.Where(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ToList();
        Assert.True(changed.Count == 1, "Parsed outputs: " + Describe(outputs));
        Assert.True(kept.Count == 1, "Parsed outputs: " + Describe(outputs));
        Assert.Equal(copy.Path, PathOf(changed[0].Value));
        Assert.Equal(design.Path, PathOf(kept[0].Value));
    }

    /// <summary>An edit that leaves the seed's people and its class as they were leaves the catalog cached.</summary>
    [Fact]
    public void EditingOneSeed_RerunsOnlyThatSeedsSteps_AndReemitsOnlyItsFile()
    {
        var harness = TwoSeeds(out var design, out var copy);
        var first = harness.Run();
        var designHint = HintNameOf(first, design);
        var copyHint = HintNameOf(first, copy);
        var edited = new InMemoryAdditionalText(copy.Path, copy.GetText()!.ToString().Replace("4929家", "5000家", StringComparison.Ordinal));

        var second = first.Rerun(driver: first.Driver.ReplaceAdditionalText(copy, edited));

        Assert.Null(second.Generator.Exception);
        foreach (var name in PerSeedSteps)
        {
            var outputs = Outputs(second, name).Where(o => o.Reason != IncrementalStepRunReason.Removed).ToList();
            var designOutputs = outputs.Where(o => FileOf(o.Value) == Path.GetFileName(design.Path)).ToList();
            var copyOutputs = outputs.Where(o => FileOf(o.Value) == Path.GetFileName(copy.Path)).ToList();
            Assert.True(designOutputs.Count == 1 && copyOutputs.Count == 1, $"Step '{name}': " + Describe(outputs));
            Assert.True(designOutputs[0].Reason == IncrementalStepRunReason.Cached, $"Step '{name}', untouched seed did not stay cached: " + Describe(outputs));
            Assert.True(copyOutputs[0].Reason != IncrementalStepRunReason.Cached, $"Step '{name}', edited seed did not re-run: " + Describe(outputs));
        }

        Assert.All(Outputs(second, TrackingNames.Options), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(second, TrackingNames.People), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "People: " + o.Reason));
        Assert.Equal(new[] { copyHint }, OutputSteps.ReemittedHintNames(second));
        Assert.Equal(first.Sources[designHint], second.Sources[designHint]);
        Assert.NotEqual(first.Sources[copyHint], second.Sources[copyHint]);
    }

    /// <summary>A person renamed in one seed changes the people directory: that seed's file and the people's shard are re-emitted, not the catalog.</summary>
    [Fact]
    public void EditingAPersonInOneSeed_ReemitsThatSeedAndItsPeopleShard()
    {
        var harness = TwoSeeds(out var design, out var copy);
        var first = harness.Run();
        var copyHint = HintNameOf(first, copy);
        var edited = new InMemoryAdditionalText(copy.Path, copy.GetText()!.ToString().Replace("王怡菘", "王怡松", StringComparison.Ordinal));
        Assert.NotEqual(copy.GetText()!.ToString(), edited.GetText()!.ToString());

        var second = first.Rerun(driver: first.Driver.ReplaceAdditionalText(copy, edited));

        Assert.Null(second.Generator.Exception);
        Assert.All(Outputs(second, TrackingNames.People), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Equal(new[] { PeopleHint, copyHint }.OrderBy(n => n, StringComparer.Ordinal), OutputSteps.ReemittedHintNames(second));
        Assert.Contains("王怡松", second.Sources[PeopleHint], StringComparison.Ordinal);
        Assert.Equal(first.Sources[CatalogHint], second.Sources[CatalogHint]);
        Assert.Equal(first.Sources[HintNameOf(first, design)], second.Sources[HintNameOf(first, design)]);
    }

    [Fact]
    public void AddingUnrelatedSyntaxTree_RerunsNothing()
    {
        var first = TwoSeeds(out _, out _).Run();
        var tree = CSharpSyntaxTree.ParseText("namespace Unrelated; public static class Thing { public const int Value = 1; }", GeneratorHarness.ParseOptions, "Unrelated.cs");

        var second = first.Rerun(first.InputCompilation.AddSyntaxTrees(tree));

        AssertNothingReran(second, "adding an unrelated syntax tree");
    }

    [Fact]
    public void EditingUnrelatedCsFile_RerunsNothing()
    {
        var harness = TwoSeeds(out _, out _);
        harness.AddSource("Unrelated.cs", "namespace Unrelated; public static class Thing { public const int Value = 1; }");
        var first = harness.Run();
        var tree = first.InputCompilation.SyntaxTrees.Single(t => t.FilePath == "Unrelated.cs");
        var edited = tree.WithChangedText(SourceText.From("namespace Unrelated; public static class Thing { public const int Value = 2; }"));

        var second = first.Rerun(first.InputCompilation.ReplaceSyntaxTree(tree, edited));

        AssertNothingReran(second, "editing an unrelated .cs file");
    }

    /// <summary>
    /// A blank line inserted before text that belongs to no article moves its CONTENT004 down a line. The
    /// diagnostic must follow, yet no source is re-emitted: issues travel in their own output, apart from the pages.
    /// </summary>
    [Fact]
    public void DiagnosticThatMovesLines_DoesNotReemitSource()
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        var seedPath = GeneratorHarness.FullPath(GeneratorHarness.DesignSeedPath);
        var stray = "本版责任编辑 张三";
        var seed = harness.AddSeed(seedPath, GeneratorHarness.DesignSeedText.TrimEnd() + "\n\n" + stray + "\n", GeneratorHarness.DesignPublishedOn, GeneratorHarness.DesignSeedPath);
        var first = harness.Run();
        var moved = new InMemoryAdditionalText(seed.Path, seed.GetText()!.ToString().Replace(stray, "\n" + stray, StringComparison.Ordinal));

        var second = first.Rerun(driver: first.Driver.ReplaceAdditionalText(seed, moved));

        var before = StrayLine(first, stray);
        var after = StrayLine(second, stray);
        Assert.Equal(before + 1, after);
        foreach (var name in new[] { TrackingNames.Pages, TrackingNames.Options })
        {
            Assert.All(Outputs(second, name), o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' output was {o.Reason} when only a diagnostic moved."));
        }

        Assert.Contains(Outputs(second, TrackingNames.Issues), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Empty(OutputSteps.ReemittedHintNames(second));
        Assert.Contains(OutputSteps.Of(second), o => o.Reran && o.DiagnosticIds.Contains("CONTENT004"));
        Assert.Equal(first.Sources, second.Sources);
    }

    private static GeneratorHarness TwoSeeds(out InMemoryAdditionalText design, out InMemoryAdditionalText copy)
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        design = harness.AddDesignSeed();
        var text = GeneratorHarness.DesignSeedText.Replace("4928家", "4929家", StringComparison.Ordinal);
        copy = harness.AddSeed(GeneratorHarness.FullPath("seeds/001_copy.txt"), text, GeneratorHarness.DesignPublishedOn, "seeds/001_copy.txt");

        // A rename map, so its steps run and are held to the same caching as the rest.
        harness.AddRenameMap(GeneratorHarness.FullPath("ContentRenames.txt"), "Articles.JiuBiaoTi -> Articles.HuangQinZhuChiZhaoKaiShiTui\n");
        return harness;
    }

    private const string CatalogHint = "NewsContent.Catalog.g.cs";
    private const string PeopleHint = "NewsContent.PeopleShard00.g.cs";

    /// <summary>The steps that hold one output per seed.</summary>
    private static readonly string[] PerSeedSteps =
    {
        TrackingNames.SeedInputs, TrackingNames.Parsed, TrackingNames.Named, TrackingNames.Final, TrackingNames.Pages, TrackingNames.SeedMembers, TrackingNames.SeedPeople,
        TrackingNames.CatalogSeeds, TrackingNames.Issues,
    };

    private static void AssertNothingReran(GeneratorRun run, string change)
    {
        Assert.Null(run.Generator.Exception);
        foreach (var name in AllTrackingNames)
        {
            var outputs = Outputs(run, name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' output was {o.Reason} after {change}."));
        }

        AssertNoOutputReran(run, change);
    }

    private static void AssertNoOutputReran(GeneratorRun run, string change)
    {
        var steps = OutputSteps.Of(run);
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.False(s.Reran, $"Output {s} re-ran after {change}."));
    }

    /// <summary>The hint name of the file generated for this seed: the only seed file whose text names the seed's path.</summary>
    private static string HintNameOf(GeneratorRun run, InMemoryAdditionalText seed)
    {
        var relative = "seeds/" + Path.GetFileName(seed.Path);
        return run.Sources.Single(s => s.Key != CatalogHint && s.Key != PeopleHint && s.Value.Contains("from " + relative + ".", StringComparison.Ordinal)).Key;
    }

    private static int StrayLine(GeneratorRun run, string stray)
    {
        // CONTENT004 comes once a seed, at its first block; each block it counts names its line.
        var diagnostic = Assert.Single(run.DriverDiagnostics, d => d.Id == "CONTENT004" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains(stray, StringComparison.Ordinal));
        var match = System.Text.RegularExpressions.Regex.Match(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.Text.RegularExpressions.Regex.Escape(stray) + @"' \(line (\d+)\)");
        Assert.True(match.Success, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string name)
    {
        Assert.True(run.Generator.TrackedSteps.TryGetValue(name, out var steps), $"Step '{name}' is not tracked.");
        return steps.SelectMany(s => s.Outputs).ToList();
    }

    private static string Describe(IEnumerable<(object Value, IncrementalStepRunReason Reason)> outputs) =>
        string.Join("; ", outputs.Select(o => (FileOf(o.Value) ?? PathOf(o.Value)) + "=" + o.Reason));

    /// <summary>The Parsed step yields (Path, Result) tuples.</summary>
    private static string? PathOf(object value) => value is ITuple tuple && tuple.Length > 0 ? tuple[0] as string : value?.ToString();

    /// <summary>The seed file a per-seed step output belongs to: steps carry (Path, …) tuples, a SeedInput or a NamedPage.</summary>
    private static string? FileOf(object value) => value switch
    {
        ITuple tuple when tuple.Length > 0 && tuple[0] is string path => Path.GetFileName(path),
        NewsContent.Generator.Model.SeedInput input => Path.GetFileName(input.Path),
        NewsContent.Generator.Naming.NamedPage page => Path.GetFileName(page.Page.RelativePath),
        NewsContent.Generator.Naming.SeedPeople people => Path.GetFileName(people.RelativePath),
        NewsContent.Generator.Naming.SeedPersonAnchors anchors => Path.GetFileName(anchors.RelativePath),
        NewsContent.Generator.Naming.SeedMembers members => Path.GetFileName(members.FilePath),
        _ => null,
    };

    private static void AssertNoRoslynObject(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 64)
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in ForbiddenTypes)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"Step '{step}' output holds a {forbidden.Name} ({type.FullName}).");
        }

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is DateTime || value is DateTimeOffset)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
        {
            AssertNoRoslynObject(type.GetProperty("Key")!.GetValue(value), step, seen, depth + 1);
            AssertNoRoslynObject(type.GetProperty("Value")!.GetValue(value), step, seen, depth + 1);
            return;
        }

        if (value is ITuple tuple)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                AssertNoRoslynObject(tuple[i], step, seen, depth + 1);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoRoslynObject(item, step, seen, depth + 1);
            }

            if (!IsOurs(type))
            {
                return;
            }
        }

        if (!IsOurs(type))
        {
            Assert.Fail($"Step '{step}' output holds an unexpected {type.FullName}; extend the walker if it is a plain value.");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract" || property.GetMethod is null)
            {
                continue;
            }

            AssertNoRoslynObject(property.GetValue(value), step, seen, depth + 1);
        }

        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            AssertNoRoslynObject(field.GetValue(value), step, seen, depth + 1);
        }
    }

    private static bool IsOurs(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("NewsContent", StringComparison.Ordinal);
}
