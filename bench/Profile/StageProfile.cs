using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsContent.Benchmarks.Driver;
using NewsContent.Benchmarks.Scale;
using NewsContent.Generator.Emitting;
using NewsContent.Generator.Model;
using NewsContent.Generator.Naming;
using NewsContent.Generator.Parsing;

namespace NewsContent.Benchmarks.Profile;

/// <summary>
/// Where a full run on the design seed spends its time: each stage of the pipeline called directly, warm,
/// as medians, beside the whole driver run; the difference is the driver's own bookkeeping. The Roslyn parse
/// of the generated C# is shown apart: the compiler pays it when it compiles the generated trees, not the
/// generator run. One seed renames nothing across seeds, so that step is left out.
/// </summary>
internal static class StageProfile
{
    public static int Run(TextWriter output, int runs)
    {
        var setup = GeneratorSetup.DesignSeed();
        var seed = setup.Seeds[0];
        var input = new SeedInput(seed.Path, seed.RelativePath, seed.GetText()!.ToString(), seed.PublishedOn, false);
        var parsed = SeedParser.Parse(input);
        var named = PageNamer.Name(parsed.Page, IdentifierStyle.Pinyin);
        var final = named;
        var seedView = ViewBuilder.Seed(final, "NewsContent", "/archive/seed.txt");
        var people = PeopleDirectory.Build(new[] { PeopleDirectory.Of(final) }, IdentifierStyle.Pinyin);
        var catalogSeeds = new[] { (final.Page.RelativePath, final.SeedClass) };
        var catalogView = ViewBuilder.Catalog(catalogSeeds, PeopleShards.Of(people).Select(s => s.ClassName), "NewsContent");
        var seedSource = TemplateRenderer.RenderSeed(seedView);
        var catalogSource = TemplateRenderer.RenderCatalog(catalogView);
        var shards = PeopleShards.Of(people);
        var peopleSource = TemplateRenderer.RenderPeople(ViewBuilder.People(shards[0], "NewsContent"));
        var recordsSource = TemplateRenderer.RenderRecords("NewsContent");

        var stages = new (string Name, Action Action)[]
        {
            ("read text (SourceText.ToString)", () => seed.GetText()!.ToString()),
            ("parse (SeedParser.Parse)", () => SeedParser.Parse(input)),
            ("name (PageNamer.Name)", () => PageNamer.Name(parsed.Page, IdentifierStyle.Pinyin)),
            ("seed view (ViewBuilder.Seed)", () => ViewBuilder.Seed(final, "NewsContent", "/archive/seed.txt")),
            ("seed render (Scriban)", () => TemplateRenderer.RenderSeed(seedView)),
            ("people directory", () => PeopleDirectory.Build(new[] { PeopleDirectory.Of(final) }, IdentifierStyle.Pinyin)),
            ("catalog view", () => ViewBuilder.Catalog(catalogSeeds, PeopleShards.Of(people).Select(s => s.ClassName), "NewsContent")),
            ("catalog render (Scriban)", () => TemplateRenderer.RenderCatalog(catalogView)),
            ("people shards, view and render of each (Scriban)", () =>
            {
                foreach (var shard in PeopleShards.Of(people))
                {
                    TemplateRenderer.RenderPeople(ViewBuilder.People(shard, "NewsContent"));
                }
            }),
            ("records render (Scriban)", () => TemplateRenderer.RenderRecords("NewsContent")),
            ("Roslyn parse of the generated C#", () =>
            {
                foreach (var source in new[] { seedSource, catalogSource, peopleSource, recordsSource })
                {
                    CSharpSyntaxTree.ParseText(source, GeneratorSetup.ParseOptions);
                }
            }),
            ("whole driver run (fresh driver)", () => setup.Run(setup.CreateDriver())),
        };

        output.WriteLine("| stage (design seed, warm) | median ms | allocated KB |");
        output.WriteLine("|---|---:|---:|");
        foreach (var (name, action) in stages)
        {
            Medians.WarmUp(action);
            var (time, allocated) = Medians.Of(runs, action);
            output.WriteLine($"| {name} | {time.TotalMilliseconds:0.000} | {allocated / 1024.0:0} |");
        }

        output.WriteLine($"generated: seed {seedSource.Length} chars, catalog {catalogSource.Length}, records {recordsSource.Length}");
        return 0;
    }
}
