using System.Collections.Generic;
using NewsContent.Generator.Parsing.People;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Reads author names out of a byline: 【记者 张三 通讯员 李四】, □融媒记者 王五, (张三), 本报评论员.</summary>
internal static class Bylines
{
    private static readonly string[] RoleWords =
    {
        "本报特约评论员", "本报评论员", "特约评论员", "评论员", "全媒体记者", "融媒体记者", "融媒记者", "首席记者", "见习记者", "实习记者",
        "本报记者", "本刊记者", "记者", "通讯员", "实习生", "参与采写", "参与报道", "责任编辑", "编辑", "校对", "摄影", "制图", "绘图", "供图",
        "配图", "图片", "数据来源", "资料来源", "来源", "整理", "摄", "文/图", "文／图", "图/文", "文/", "文／", "图/", "撰文", "作者", "报道", "本报",
    };

    private static readonly char[] Separators = { ' ', '\u3000', '、', '，', ',', '：', ':', '\t', '/', '／' };

    /// <summary>The names of a byline joined by 、, or the signature itself when it names nobody (本报评论员).</summary>
    public static (string Byline, List<string> Names) Read(string text)
    {
        text = LineShapes.WithoutPageStamp(text);
        var cleaned = text.Trim('□', '■', '●', '◆', '▲', '◇', '○', '【', '】', '（', '）', '(', ')', '[', ']', ' ', '\u3000', '|', '｜');
        foreach (var role in RoleWords)
        {
            cleaned = cleaned.Replace(role, " ");
        }

        var parts = new List<string>();
        foreach (var part in cleaned.Split(Separators, System.StringSplitOptions.RemoveEmptyEntries))
        {
            // 本报驻南京记者: a posting, not a name.
            if (Hanzi.CountHanzi(part) == part.Replace("·", string.Empty).Length && part.Length <= 6 && part[0] != '驻')
            {
                parts.Add(part);
            }
            else
            {
                // Anything else (a paper's name with a date, a URL) ends the run of names.
                parts.Add(string.Empty);
            }
        }

        var names = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.Length == 1 && i + 1 < parts.Count && parts[i + 1].Length == 1)
            {
                // Two one-character halves spaced out for layout (颜  珂) are one name.
                names.Add(part + parts[++i]);
            }
            else if (part.Length >= 2 && part.Length <= 4 && (NameLexicon.IsSurnameAt(part, 0, out _) || parts.Count == 1))
            {
                names.Add(part);
            }
        }

        var signature = text.Trim('□', '■', '●', '◆', '▲', '◇', '○', '【', '】', '（', '）', '(', ')', ' ', '\u3000');
        return (names.Count > 0 ? string.Join("、", names) : signature, names);
    }

    /// <summary>True when a bracketed run reads as author names, not as an aside like (扩大) or (县).</summary>
    public static bool LooksLikeNames(string inner)
    {
        var (_, names) = Read(inner);
        if (names.Count == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name.Length > 4)
            {
                return false;
            }
        }

        return inner.Contains("记者") || inner.Contains("通讯员") || names.Count > 1 || NameLexicon.IsSurnameAt(names[0], 0, out _);
    }
}
