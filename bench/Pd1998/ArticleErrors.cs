using System.Text.Json;
using NewsContent.Generator.Model;
using NewsContent.Tests.Scoring;

namespace NewsContent.Benchmarks.Pd1998;

/// <summary>
/// Missed and extra articles by kind: for a missed gold article, what the parser made of its first line (the part of
/// which article it became); for an extra one, what its headline line is in the gold (a subheading, a note, an author
/// line, body text). Every difference comes from <see cref="GoldScorer"/>; this only looks up where it stands.
/// </summary>
internal static class ArticleErrors
{
    public static (ErrorTally Missed, ErrorTally Extra) Of(IReadOnlyList<ScoredPage> pages)
    {
        var missed = new ErrorTally("articles missed");
        var extra = new ErrorTally("articles extra");
        foreach (var page in pages)
        {
            // The gold numbers the lines of the page as made; a wrapped page's offsets are carried back to it.
            var lines = new PageLines(page.Page.Reflowed);
            var goldArticles = page.Gold.GetProperty("articles").EnumerateArray().ToList();
            var headlines = goldArticles.Select(a => GoldScorer.Normalize(Str(a, "headline"))).ToHashSet(StringComparer.Ordinal);
            var missedLabels = page.Score.Differences.Where(d => d.Kind == DifferenceKinds.ArticleMissed).Select(d => d.Detail).ToList();
            foreach (var label in missedLabels)
            {
                var brief = !headlines.Contains(GoldScorer.Normalize(label));
                var article = goldArticles.FirstOrDefault(a => brief ? Str(a, "headline") is null && GoldScorer.Normalize(Str(a, "first_sentence")).StartsWith(label, StringComparison.Ordinal) : Str(a, "headline") == label);
                var offset = article.ValueKind == JsonValueKind.Object ? lines.Offset(article.GetProperty("line").GetInt32()) : -1;
                missed.Add(MissedKind(page.Page, lines, offset, brief), Shorten(label), lines.Context(offset));
            }

            var used = new HashSet<ArticleModel>();
            foreach (var detail in page.Score.Differences.Where(d => d.Kind == DifferenceKinds.ArticleExtra).Select(d => d.Detail))
            {
                var article = page.Page.Model.Articles.FirstOrDefault(a => !used.Contains(a) && (GoldScorer.Normalize(a.Headline) == GoldScorer.Normalize(detail)
                    || (a.Headline.Length == 0 && a.Paragraphs.Count > 0 && GoldScorer.Normalize(a.Paragraphs[0]).StartsWith(detail, StringComparison.Ordinal))));
                if (article is null)
                {
                    extra.Add("not located", Shorten(detail), string.Empty);
                    continue;
                }

                used.Add(article);
                var offset = page.Page.ReflowedOffset(article.Pieces.Where(p => p.Role == PieceRole.Headline).Select(p => (int?)p.Offset).FirstOrDefault() ?? article.Source.Offset);
                extra.Add(ExtraKind(goldArticles, lines, offset, article.Headline.Length == 0), Shorten(detail), lines.Context(offset));
            }
        }

        return (missed, extra);
    }

    /// <summary>What the parser made of the first line of a gold article it did not find.</summary>
    private static string MissedKind(ExtractedPage page, PageLines lines, int offset, bool brief)
    {
        var what = brief ? "brief without title" : "title";
        var owner = page.Model.Articles.Select(a => (Article: a, Piece: a.Pieces.Where(p => page.ReflowedOffset(p.Offset) <= offset && offset < page.ReflowedOffset(p.Offset) + p.Text.Length).Select(p => (PieceRole?)p.Role).FirstOrDefault()))
            .FirstOrDefault(o => o.Piece is not null);
        if (owner.Article is null)
        {
            return $"{what}: its line is in no article";
        }

        var role = owner.Piece!.Value.ToString().ToLowerInvariant();
        var before = owner.Article.Pieces.Any(p => page.ReflowedOffset(p.Offset) < offset);
        return before ? $"{what}: read as {role} of the article before, {After(lines, offset)}" : $"{what}: an article starts there, headline and lead differ ({role})";
    }

    /// <summary>How the piece before a missed one ends: the sign of where the parser saw no boundary.</summary>
    private static string After(PageLines lines, int offset)
    {
        var previous = lines.PreviousText(lines.LineAt(offset)).TrimEnd();
        return previous.Length == 0 ? "at the top"
            : previous.EndsWith('）') ? "after a line ending in （…） (a signature, credit or date note)"
            : "。！？”」』".Contains(previous[^1]) ? "after a sentence"
            : "after a line without an end mark";
    }

    /// <summary>What the line of an extra article's headline is in the gold.</summary>
    private static string ExtraKind(IReadOnlyList<JsonElement> goldArticles, PageLines lines, int offset, bool noHeadline)
    {
        var line = lines.LineAt(offset);
        var text = lines.Text(line);
        var owner = goldArticles.LastOrDefault(a => a.GetProperty("line").GetInt32() <= line);
        var prefix = noHeadline ? "article without headline" : "headline";
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return $"{prefix}: before the first gold article";
        }

        bool Listed(string name) => owner.TryGetProperty(name, out var list) && list.EnumerateArray().Any(s => GoldScorer.Normalize(s.GetString()) == GoldScorer.Normalize(text));
        if (owner.GetProperty("line").GetInt32() == line)
        {
            return $"{prefix}: the gold article's first line (gold article matched elsewhere or split)";
        }

        return Listed("subheadings") ? $"{prefix}: a gold subheading"
            : Listed("note_lines") ? $"{prefix}: a bracketed note line"
            : Listed("author_lines") ? $"{prefix}: an author line"
            : GoldScorer.Normalize(text).StartsWith(GoldScorer.Normalize(Str(owner, "first_sentence")) is { Length: > 0 } f ? f : "\u0000", StringComparison.Ordinal) ? $"{prefix}: the gold lead paragraph"
            : $"{prefix}: a body line of the gold article";
    }

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
