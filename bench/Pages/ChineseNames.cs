namespace NewsContent.Benchmarks.Pages;

/// <summary>Plausible, distinct personal names (common surname + one or two given-name characters) for the generated pages.</summary>
internal static class ChineseNames
{
    private const string Surnames = "王李张刘陈杨赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭肖田董袁潘于蒋蔡余叶程苏魏吕丁任沈姚卢崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private const string GivenCharacters = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力立志永春海波宁国庆峰晨雪琳凯宇浩然鹏飞嘉怡思远俊博";

    public static string Next(Random random)
    {
        var surname = Surnames[random.Next(Surnames.Length)];
        var first = GivenCharacters[random.Next(GivenCharacters.Length)];
        return random.Next(4) == 0
            ? string.Concat(surname, first)
            : string.Concat(surname, first, GivenCharacters[random.Next(GivenCharacters.Length)]);
    }
}
