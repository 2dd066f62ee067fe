using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsContent.PackageTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsContent.PackageTests.LanguageServer;

/// <summary>IntelliSense as an editor gets it: csharp-ls (pinned in .config/dotnet-tools.json) opened on the
/// app that references the content package completes `Articles.` and shows each member's headline and seed
/// location on hover, from the package's XML docs.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Package")]
public sealed partial class LanguageServerTests(PackedPackages packages, ITestOutputHelper output)
{
    private static readonly TimeSpan LoadBudget = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task CompletionListsTheArticlesAndHoverShowsHeadlineAndSeedLocation()
    {
        var app = packages.ContentConsumer;
        DotNet.Run(RepositoryRoot.Path, ["tool", "restore"]).EnsureSuccess();

        const string Completed = "var pick = Articles.";
        var text = ContentConsumerProgram.Source() + Completed;
        var lines = text.Split('\n');
        var (member, article) = ContentMembers.Articles[0];
        var hoverLine = Array.FindIndex(lines, l => l.Contains("Articles." + member + ".", StringComparison.Ordinal));
        var hoverCharacter = lines[hoverLine].IndexOf("Articles." + member, StringComparison.Ordinal) + "Articles.".Length + 1;

        var watch = Stopwatch.StartNew();
        await using var server = await StartAsync(app, text);
        var document = new Uri(app.ProgramFile).AbsoluteUri;

        var expected = ContentMembers.Articles.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var labels = await UntilAsync(server, async () =>
        {
            var result = await server.RequestAsync("textDocument/completion", Position(document, lines.Length - 1, lines[^1].Length), RequestTimeout);
            var items = result is JsonObject list ? list["items"] : result;
            var found = (items as JsonArray ?? []).Select(i => (string?)i?["label"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return expected.IsSubsetOf(found) ? found : null;
        });
        output.WriteLine($"completion listed every article after {watch.Elapsed.TotalSeconds:F1} s: {string.Join(", ", labels.Where(expected.Contains))}");

        var hover = await UntilAsync(server, async () =>
        {
            var result = await server.RequestAsync("textDocument/hover", Position(document, hoverLine, hoverCharacter), RequestTimeout);
            var shown = Unmarkdown(string.Join("\n", Strings(result?["contents"])));
            return shown.Contains(article.Headline, StringComparison.Ordinal) ? shown : null;
        });
        output.WriteLine($"hover after {watch.Elapsed.TotalSeconds:F1} s:\n{hover}");

        Assert.Contains($"{article.Source.File}:{article.Source.Line}", hover, StringComparison.Ordinal);
    }

    /// <summary>
    /// Go to definition on a generated member (and on its constant) in a project that compiles its own seeds opens the
    /// seed at the text the member was read from: the generator maps each member name there with a #line directive.
    /// </summary>
    [Fact]
    public async Task DefinitionOfAGeneratedMemberOpensTheSeedAtItsText()
    {
        var (member, article) = ContentMembers.Articles[^1];
        var (meetingMember, meeting) = ContentMembers.Meetings[0];
        var (personMember, person) = ContentMembers.People[^1];
        var text = $$"""
            using GoToSeed;

            Console.WriteLine(Articles.{{member}}.Headline);
            Console.WriteLine(ArticleHeadlines.{{member}});
            Console.WriteLine(Meetings.{{meetingMember}}.Name);
            Console.WriteLine(People.{{personMember}}.Name);
            Console.WriteLine(PersonNames.{{personMember}});

            """;
        var app = GeneratorConsumer.Create(packages, "GoToSeed", text);
        app.Build().EnsureSuccess();
        DotNet.Run(RepositoryRoot.Path, ["tool", "restore"]).EnsureSuccess();
        var lines = text.Split('\n');

        var watch = Stopwatch.StartNew();
        await using var server = await StartAsync(app, text);
        var document = new Uri(app.ProgramFile).AbsoluteUri;
        var seed = new Uri(Path.Combine(app.Directory, GeneratorConsumer.SeedPath)).AbsoluteUri;
        var seedLines = File.ReadAllLines(Path.Combine(app.Directory, GeneratorConsumer.SeedPath));

        // A person has no Source on the record: the definition must land on a line of the seed that names them, at the name.
        foreach (var (line, name, sourceLine) in new[] { (2, member, article.Source.Line), (3, member, article.Source.Line), (4, meetingMember, meeting.Source.Line), (5, personMember, 0), (6, personMember, 0) })
        {
            var character = lines[line].IndexOf("." + name, StringComparison.Ordinal) + 2;
            var target = await UntilAsync(server, async () =>
            {
                var result = await server.RequestAsync("textDocument/definition", Position(document, line, character), RequestTimeout);
                var first = (result as JsonArray)?.FirstOrDefault() ?? result as JsonObject;
                return first is JsonObject location && location["uri"] is not null ? location : null;
            });
            output.WriteLine($"definition of line {line + 1} after {watch.Elapsed.TotalSeconds:F1} s: {target.ToJsonString()}");

            Assert.Equal(seed, (string?)target["uri"]);
            var start = target["range"]!["start"]!;
            if (sourceLine > 0)
            {
                Assert.Equal(sourceLine - 1, (int?)start["line"]);
            }
            else
            {
                Assert.Equal(person.Name, seedLines[(int)start["line"]!].Substring((int)start["character"]!, person.Name.Length));
            }
        }
    }

    /// <summary>csharp-ls started on the app's folder, initialised, with Program.cs opened holding <paramref name="text"/>.</summary>
    private static async Task<LspClient> StartAsync(ConsumerApp app, string text)
    {
        var server = new LspClient(DotNet.StartInfo(RepositoryRoot.Path, ["tool", "run", "csharp-ls"]));
        var rootUri = new Uri(app.Directory + Path.DirectorySeparatorChar).AbsoluteUri;
        await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootUri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = app.Name }),
            ["capabilities"] = new JsonObject
            {
                ["textDocument"] = new JsonObject
                {
                    ["completion"] = new JsonObject { ["completionItem"] = new JsonObject { ["snippetSupport"] = false } },
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                    ["definition"] = new JsonObject { ["linkSupport"] = false },
                },
            },
        }, RequestTimeout);
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = new Uri(app.ProgramFile).AbsoluteUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
        return server;
    }

    /// <summary>The server answers before the project has loaded (empty lists, no hover); ask again until it has.</summary>
    private static async Task<T> UntilAsync<T>(LspClient server, Func<Task<T?>> attempt)
        where T : class
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (await attempt() is { } value)
            {
                return value;
            }

            Assert.True(deadline.Elapsed < LoadBudget, $"no useful answer within {LoadBudget.TotalMinutes} min. Server log:\n{server.Log()}");
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
    }

    private static JsonObject Position(string document, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = document },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    /// <summary>Hover contents come as a string, a {kind, value} markup object or an array of either.</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonArray array => array.SelectMany(Strings),
        JsonObject obj => obj.Select(p => p.Value).SelectMany(Strings),
        _ => [],
    };

    /// <summary>Markdown escapes (`000\_267`) removed, so the text compares with the seed's.</summary>
    private static string Unmarkdown(string markdown) => MarkdownEscape().Replace(markdown, "$1");

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!<>|~])")]
    private static partial Regex MarkdownEscape();
}
