using System.Collections.Generic;

namespace NewsContent.Generator.Parsing.People;

/// <summary>
/// The characters Chinese given names are mostly made of. Where nothing but the shape of a name says it is one (an
/// item of a list, a short reading after a role that as often stands before a noun), a given name made of them is
/// likely a name and one that is not (羊肉, 高技术, 居民居住) likely a word.
/// </summary>
internal static class GivenNameVocabulary
{
    /// <summary>
    /// Characters common in given names. Source: general knowledge of Chinese naming, written by hand (not from any
    /// text read by the project): the virtues, seasons, colours, jewels, flowers, landscapes and hopes that names of
    /// people born from the 1920s to the 1990s are made of, as the name-character frequency tables of the household
    /// registers report them, and the numerals and 小/大/老 of rural and familiar names. Not a list of names.
    /// </summary>
    private const string Characters =
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林坚和彪博诚先敬震振壮思群豪邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士建家致树炎德泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧"
        + "巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜舒影荔丽阳妮宝贝初程恒鸿桦骅剑娇"
        + "纪宽灵玛媚琪晴容睿烁堂唯威韦雯苇萱彦宇雨洋忠宗曼紫逸贤蝶菡绿蓝儿烟金银铁根禄寿喜财旺双二三四五七八九十百万大小长夏冬孝礼定汉卫方向兵战跃援朝继传锋庚寅甲乙丙丁正立森柏杨桐槐岭峻崇岳川源泉溪涌润淳湘沛洪漪汝沁浚渊潮铭钢锐镇铮钰鑫炳焕煜烨燃耀熙照晖晋昊昆旻昱晟暄曙景智敏捷通远迪遥道逢运越赵仲佩侃修倬偉儒"
        + "允兆典农凯创加劲励勋勉卓南印叔古吉唐喆圣培基堃增奎妙姗婧嫣孟季守宣宪宾尊少尧展岗峥崴巍州帅师常幸庄庭廷彤征念怀恩意慈慕扬显曦望柱桥楷欧池治泓津涵渝湖溢滨演潇澄炜烈然煌熊爵牧献玄玮珂珏瑜璋甫畅皓益盈瞻石祖祝禹秉秦稳章童端笑笛筱简粤纲纳罗翼艾芃芊芙芮苗范茹荟莹萌萧蒙蔚蕾虹衡袁谊谷贺赞轩迎郁钊钦铃闯阔雍霖"
        + "靖韬韶颂驰骏鹤麒黎鼎齐";

    private static readonly HashSet<char> Set = new(Characters);

    /// <summary>True when <paramref name="c"/> is among the characters given names are mostly made of.</summary>
    public static bool IsCommon(char c) => Set.Contains(c);

    /// <summary>True when every character of text[start, end) is common in given names.</summary>
    public static bool AreCommon(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!Set.Contains(text[k]))
            {
                return false;
            }
        }

        return end > start;
    }
}
