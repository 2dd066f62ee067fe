using System;
using System.Linq;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// Units and classifiers that make a number a figure. General knowledge of the language:
/// the common classifiers of modern Chinese (现代汉语量词) and the units of the statistical
/// communiqués (国家统计局 统计公报: 亿元, 万吨, 亿千瓦时, 个百分点 ...). Not a list of any page's words.
/// </summary>
internal static class MeasureWords
{
    /// <summary>Longest first, so 个百分点 wins over 个 and 亿千瓦时 over 亿.</summary>
    public static readonly string[] Units = new[]
    {
        "个百分点", "百分点", "千瓦时", "千瓦", "兆瓦", "万千瓦", "立方米", "平方公里", "平方千米", "平方米", "平米",
        "公里", "公尺", "公分", "市亩", "市斤", "千米", "厘米", "毫米", "米", "公顷", "亩", "吨", "公斤", "千克", "克", "斤", "升", "标箱",
        "美元", "欧元", "港元", "日元", "英镑", "元", "人次", "人", "个月", "个", "家", "张", "位", "名", "项", "条", "件",
        "次", "台", "辆", "座", "所", "户", "篇", "本", "册", "份", "批", "支", "只", "头", "匹", "棵", "株", "箱",
        "套", "间", "栋", "幢", "层", "处", "块", "部", "种", "类", "场", "例", "起", "宗", "笔", "架", "艘", "趟",
        "门", "颗", "枚", "道", "首", "幅", "页", "字", "倍", "周岁", "岁", "年", "天", "小时", "分钟", "周", "成",
        "%", "％", "‰",
    }.OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToArray();

    /// <summary>Multipliers that stay in the unit when they close the number (1.2万元 = 1.2 of 万元).</summary>
    public static bool IsMultiplier(char c) => c is '万' or '亿' or '萬' or '億';

    public static decimal MultiplierValue(string unit)
    {
        decimal factor = 1;
        foreach (var c in unit)
        {
            if (c is '万' or '萬')
            {
                factor *= 10_000;
            }
            else if (c is '亿' or '億')
            {
                factor *= 100_000_000;
            }
            else
            {
                break;
            }
        }

        return factor;
    }

    public static string? MatchUnit(string text, int index)
    {
        foreach (var unit in Units)
        {
            if (string.CompareOrdinal(text, index, unit, 0, unit.Length) == 0)
            {
                return unit;
            }
        }

        return null;
    }
}
