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

    [Fact]
    public void AddingUnrelatedSyntaxTree_KeepsSeedStepsCached()
    {
        var first = TwoSeeds(out _, out _).Run();
        var tree = CSharpSyntaxTree.ParseText("namespace Unrelated; public static class Thing { public const int Value = 1; }", GeneratorHarness.ParseOptions, "Unrelated.cs");

        var second = first.Rerun(first.InputCompilation.AddSyntaxTrees(tree));

        Assert.Null(second.Generator.Exception);
        foreach (var name in new[] { TrackingNames.SeedInputs, TrackingNames.Parsed })
        {
            var outputs = Outputs(second, name);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"Step '{name}' output was {o.Reason} after adding an unrelated syntax tree."));
        }
    }

    private static GeneratorHarness TwoSeeds(out InMemoryAdditionalText design, out InMemoryAdditionalText copy)
    {
        var harness = new GeneratorHarness().WithNamespace("NewsContent");
        design = harness.AddDesignSeed();
        var text = GeneratorHarness.DesignSeedText.Replace("4928家", "4929家", StringComparison.Ordinal);
        copy = harness.AddSeed(GeneratorHarness.FullPath("seeds/001_copy.txt"), text, GeneratorHarness.DesignPublishedOn, "seeds/001_copy.txt");
        return harness;
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string name)
    {
        Assert.True(run.Generator.TrackedSteps.TryGetValue(name, out var steps), $"Step '{name}' is not tracked.");
        return steps.SelectMany(s => s.Outputs).ToList();
    }

    private static string Describe(IEnumerable<(object Value, IncrementalStepRunReason Reason)> outputs) =>
        string.Join("; ", outputs.Select(o => PathOf(o.Value) + "=" + o.Reason));

    /// <summary>The Parsed step yields (Path, Result) tuples.</summary>
    private static string? PathOf(object value) => value is ITuple tuple && tuple.Length > 0 ? tuple[0] as string : value?.ToString();

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
