using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Tests.Parsing;

/// <summary>A word list finds itself by its first-character index exactly as a scan of the whole list in order would.</summary>
public sealed class WordListTests
{
    private static readonly string[] Words = { "副主任", "主任", "主席", "书记", "任" };

    [Theory]
    [InlineData("市委副主任张三", 2)]
    [InlineData("市委副主任张三", 3)]
    [InlineData("主席台", 0)]
    [InlineData("张三", 0)]
    [InlineData("张三", 2)]
    public void MatchAtIsTheFirstWordOfTheListInOrder(string text, int index)
    {
        var scan = Words.FirstOrDefault(w => index < text.Length && string.CompareOrdinal(text, index, w, 0, w.Length) == 0);
        Assert.Equal(scan, new WordList(Words).MatchAt(text, index));
    }

    [Fact]
    public void LongestFirstPutsAWordBeforeItsPrefix()
    {
        var list = WordList.LongestFirst("个", "个百分点", "个月");
        Assert.Equal(new[] { "个百分点", "个月", "个" }, list.ToArray());
        Assert.Equal("个百分点", list.MatchAt("3个百分点", 1));
    }

    [Fact]
    public void EndingsAndWholeWords()
    {
        var list = new WordList("人大", "政协", "大");
        Assert.Equal("人大", list.MatchEndingAt("全国人大代表", 4));
        Assert.Null(list.MatchEndingAt("全国人大代表", 0));
        Assert.True(list.IsWord("区政协主席", 1, 3));
        Assert.True(list.IsWord("人大", 1, 2));
        Assert.False(list.IsWord("区政协主席", 1, 2));
    }
}
