using NewsContent.Generator.Emitting;

namespace NewsContent.Tests.Generator;

/// <summary>An archive's catalog passes a megabyte; the renderer must write all of it (Scriban cuts strings at 1 MB by default).</summary>
public sealed class LargeOutputTests
{
    [Fact]
    public void CatalogOverOneMegabyte_IsRenderedWhole()
    {
        var view = new CatalogView { Namespace = "NewsContent" };
        for (var i = 0; i < 12_000; i++)
        {
            view.People.Add(new PersonView
            {
                Member = "Person" + i,
                Doc = "人物" + i,
                Id = "\"p" + i + "\"",
                Name = "\"人物" + i + "\"",
                Titles = "new string[] { \"市长\" }",
                ArticleIds = "new string[] { \"archive/page#A1\" }",
                MeetingIds = "new string[] { }",
            });
        }

        var source = TemplateRenderer.RenderCatalog(view);

        Assert.True(source.Length > 1 << 20, $"Only {source.Length} characters: the test no longer passes the 1 MB mark.");
        Assert.DoesNotContain("...", source, StringComparison.Ordinal);
        Assert.Contains("NewsContent.People.Person11999,", source, StringComparison.Ordinal);
        Assert.EndsWith("}\n", source, StringComparison.Ordinal);
    }
}
