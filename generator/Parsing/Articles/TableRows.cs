namespace NewsContent.Generator.Parsing.Articles;

/// <summary>
/// A row of a table printed as text (a market table, a list of results: 1 某某股份 19.63): mostly digits, no clause
/// or sentence punctuation. Under a title, the first row is where the piece's text starts, as a lead does under a
/// headline; rows are never headline lines, however short.
/// </summary>
internal static class TableRows
{
    /// <summary>
    /// Clause and sentence punctuation, and what a date or a publication stamp prints (2026年1月5日, 《某报》（第4版）):
    /// a table row holds none of them.
    /// </summary>
    private const string NeverInRow = "，,。；;：:年月日版《》（）()";

    /// <summary>Fewest digits a row holds.</summary>
    private const int MinDigits = 4;

    /// <summary>"１ 某某股份 １９．６３" and "上证指数 1239.90 1242.21" yes; "上周涨幅前五名（％）", "《某某日报》（2026年01月05日第 04 版）" no.</summary>
    public static bool IsDataRow(string line)
    {
        var digits = 0;
        var visible = 0;
        foreach (var c in line)
        {
            if (NeverInRow.IndexOf(c) >= 0)
            {
                return false;
            }

            if (!char.IsWhiteSpace(c))
            {
                visible++;
                digits += char.IsDigit(c) ? 1 : 0;
            }
        }

        return digits >= MinDigits && digits * 10 >= visible * 4;
    }
}
