using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// A round-up prints dispatches one under another below one headline (各地欢度元旦: 本报南昌电…, 本报杭州电…): its
/// text opens with a dispatch. A piece whose text opens in plain prose (a feature, a commentary, a report with no
/// dateline) carries no dispatches: a dateline below its text opens the next piece.
/// </summary>
internal static class RoundUps
{
    /// <summary>
    /// The open piece can take a dispatch as its next item: its first line of text opens with a dateline. "各地欢度元旦 /
    /// 本报讯 元旦期间…" yes; "老街的早晨 / 天还没亮，老街上…" no.
    /// </summary>
    public static bool CarriesDispatches(ArticleLines open)
    {
        foreach (var line in open.Body)
        {
            if (open.KindOf(line).ClosingAside)
            {
                continue;
            }

            return LineShapes.TryDateline(line.Content, out _, out _);
        }

        return true;
    }
}
