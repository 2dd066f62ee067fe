using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;

namespace NewsContent.Generator.Parsing.Articles;

/// <summary>Reads author names out of a byline: 【记者 张三 通讯员 李四】, □融媒记者 王五, (张三), 本报评论员.</summary>
internal static class Bylines
{
    private static readonly string[] RoleWords =
    {
        "本报特约评论员", "本报评论员", "特约评论员", "评论员", "全媒体记者", "融媒体记者", "融媒记者", "首席记者", "见习记者", "实习记者",
        "本报记者", "本刊记者", "记者", "通讯员", "实习生", "摄影", "摄", "文/图", "文／图", "图/文", "文/", "文／", "图/", "撰文", "作者", "报道", "本报",
    };

    /// <summary>The names of a byline joined by 、, or the signature itself when it names nobody (本报评论员).</summary>
    public static (string Byline, List<string> Names) Read(string text)
    {
        var names = new List<string>();
        var cleaned = text.Trim('□', '■', '●', '◆', '▲', '◇', '○', '【', '】', '（', '）', '(', ')', '[', ']', ' ', '\u3000', '|', '｜');
        foreach (var role in RoleWords)
        {
            cleaned = cleaned.Replace(role, " ");
        }

        foreach (var part in cleaned.Split(new[] { ' ', '\u3000', '、', '，', ',', '：', ':', '\t' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (Hanzi.CountHanzi(part) == part.Replace("·", string.Empty).Length && part.Length is >= 1 and <= 6)
            {
                names.Add(part);
            }
        }

        // Two one-character halves spaced out for layout (商 闻) are one name.
        if (names.Count == 2 && names[0].Length == 1 && names[1].Length == 1)
        {
            names = new List<string> { names[0] + names[1] };
        }

        names.RemoveAll(n => n.Length < 2);
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

        return inner.Contains("记者") || inner.Contains("通讯员") || names.Count > 1 || People.NameLexicon.IsSurnameAt(names[0], 0, out _);
    }
}
