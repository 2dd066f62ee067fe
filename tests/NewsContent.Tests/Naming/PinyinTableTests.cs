using System.Globalization;
using NewsContent.Generator.Naming.Pinyin;

namespace NewsContent.Tests.Naming;

public sealed class PinyinTableTests
{
    // Code points of U+4E00..U+9FA5 that have no kMandarin reading in Unihan 15.0 (mostly
    // compound unit characters such as U+5159); a later Unihan may add readings for them.
    private static readonly int[] UnihanGaps =
    [
        0x5159, 0x5161, 0x55E7, 0x685B, 0x70EA, 0x74E7, 0x74F0, 0x74F1, 0x74FC, 0x7505,
    ];

    // Every 70th code point of U+4E00..U+9FA5 with a kMandarin reading in Unihan_Readings.txt
    // (Unicode 15.0), with its first reading made toneless. Taken straight from Unihan rather than
    // from pinyin-table.txt so that a broken generator or reader cannot agree with itself.
    private const string UnihanSample =
        "4E00=yi 4E46=jiu 4E8C=er 4ED2=bing 4F18=you 4F5E=ning 4FA4=ta 4FEA=li 5030=leng 5076=ou 50BC=han 5102=nong " +
        "5148=xian 5190=mao 51D6=zhun 521C=fu 5262=du 52A8=dong 52EE=ju 5334=suan 537A=jin 53C0=zhuan 5406=yao 544C=jiao " +
        "5492=zhou 54D8=xing 551E=dou 5564=pi 55AA=sang 55F1=na 5637=hao 567D=pi 56C3=ca 5709=yu 574F=huai 5795=hou " +
        "57DB=jiong 5821=bao 5867=ai 58AD=sheng 58F3=ke 5939=jia 597F=fan 59C5=ban 5A0B=shao 5A51=rui 5A97=xuan 5ADD=kang " +
        "5B23=ning 5B69=hai 5BAF=xiao 5BF5=chong 5C3B=kao 5C81=sui 5CC7=ba 5D0D=lai 5D53=yan 5D99=lin 5DDF=huang 5E25=shuai " +
        "5E6B=bang 5EB1=cheng 5EF7=ting 5F3D=she 5F83=wang 5FC9=dao 600F=yang 6055=shu 609B=quan 60E1=e 6127=kui 616D=yin " +
        "61B3=tan 61F9=rang 623F=fang 6285=ju 62CB=pao 6311=tiao 6357=bu 639D=huo 63E3=chuai 6429=zha 646F=zhi 64B5=nian " +
        "64FB=sou 6541=dian 6587=wen 65CD=jing 6613=yi 6659=jun 669F=kai 66E5=lu 672B=mo 6771=dong 67B7=jia 67FD=cheng " +
        "6843=tao 688A=di 68D0=fei 6916=peng 695C=hu 69A2=jia 69E8=guo 6A2E=yan 6A74=zi 6ABA=gao 6B00=xiang 6B46=xin " +
        "6B8C=jue 6BD2=du 6C18=dao 6C5E=gong 6CA4=ou 6CEA=lei 6D30=ju 6D76=lao 6DBC=liang 6E02=wen 6E48=mei 6E8E=yan " +
        "6ED4=tao 6F1A=ou 6F60=xun 6FA6=yu 6FEC=jun 7032=lian 7078=jiu 70BE=huang 7105=ku 714B=xing 7191=lian 71D7=lan " +
        "721D=jue 7263=ren 72A9=wei 72EF=kuai 7335=bian 737B=xian 73C1=ci 7407=xiu 744D=huan 7493=xiu 74D9=dao 7524=rui " +
        "756A=fan 75B0=zhu 75F6=tian 763C=mo 7682=zao 76C8=ying 770E=shi 7754=gun 779A=shun 77E0=ze 7826=zhai 786C=ying " +
        "78B2=di 78F8=ding 793E=she 7984=lu 79CA=nian 7A10=lun 7A56=ji 7A9C=cuan 7AE2=si 7B28=ben 7B6E=shi 7BB4=zhen " +
        "7BFA=pi 7C40=zhou 7C86=sha 7CCC=zan 7D12=ji 7D58=ci 7D9E=duo 7DE4=xie 7E2A=bi 7E70=zao 7EB6=lun 7EFC=zong " +
        "7F42=ying 7F88=ji 7FCE=ling 8014=zi 805A=ju 80A0=chang 80E6=yang 812C=pao 8172=wei 81B8=sui 81FE=yu 8244=shao " +
        "828A=qian 82D0=ti 8316=ge 835C=bi 83A2=jia 83E8=jie 842E=yu 8474=zhen 84BA=ji 8500=bu 8546=chan 858C=xiang " +
        "85D2=qie 8618=rang 865E=yu 86A4=zao 86EA=qie 8730=fei 8776=die 87BC=qin 8802=she 8848=er 888E=yao 88D4=yi " +
        "891A=chu 8960=dang 89A6=yu 89EC=ni 8A32=yi 8A78=mi 8ABE=yin 8B04=teng 8B4A=nao 8B90=chou 8BD6=gua 8C1C=mi " +
        "8C62=huan 8CA8=huo 8CEE=jin 8D34=tie 8D7A=yin 8DC0=yue 8E06=cun 8E4C=qiang 8E92=li 8ED8=tun 8F1E=wang 8F64=lu " +
        "8FAA=xue 8FF0=shu 9036=wei 907C=liao 90C2=gai 9108=kui 914E=zhou 9194=qiu 91DA=qiu 9220=yi 9266=zheng 92AC=kao " +
        "92F2=bing 9338=lai 937E=zhong 93C4=tuan 940A=yang 9450=xu 9496=yang 94DC=tong 9522=gu 9568=pu 95AE=ting 95F4=jian " +
        "963A=di 9680=chong 96C6=ji 970C=zhou 9752=qing 9798=qiao 97DE=yun 9824=yi 986A=hui 98B0=ba 98F6=bi 993C=xi " +
        "9982=jun 99C8=qu 9A0E=qi 9A54=dian 9A9A=sao 9AE0=kun 9B26=dou 9B6C=ban 9BB2=fu 9BF8=hou 9C3E=biao 9C84=he " +
        "9CCA=bian 9D10=ge 9D56=bi 9D9C=mao 9DE2=jue 9E28=bao 9E6E=huan 9EB4=qu 9EFA=fen 9F40=wu 9F86=tiao";

    [Theory]
    [InlineData('黄', "huang")]
    [InlineData('钦', "qin")]
    [InlineData('杜', "du")]
    [InlineData('小', "xiao")]
    [InlineData('刚', "gang")]
    [InlineData('绿', "lv")]
    [InlineData('女', "nv")]
    [InlineData('一', "yi")]
    [InlineData('\u9FA5', "yu")]
    [InlineData('\u3400', "qiu")]
    public void KnownCharactersMapToTonelessSyllable(char hanzi, string expected)
    {
        Assert.True(PinyinTable.TryGetSyllable(hanzi, out string syllable));
        Assert.Equal(expected, syllable);
    }

    [Theory]
    [InlineData('〇')]
    [InlineData('A')]
    [InlineData('a')]
    [InlineData(' ')]
    [InlineData('\0')]
    [InlineData('。')]
    [InlineData('ー')]
    [InlineData('가')]
    [InlineData('\u5159')]
    [InlineData('\uD840')]
    [InlineData('\uFFFF')]
    public void CharactersWithoutReadingReturnFalse(char c)
    {
        Assert.False(PinyinTable.TryGetSyllable(c, out string syllable));
        Assert.Equal(string.Empty, syllable);
    }

    [Fact]
    public void CountCoversTheUnifiedIdeographs()
    {
        Assert.True(PinyinTable.Count > 20000, "Count was " + PinyinTable.Count.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CountMatchesTheCharactersThatResolve()
    {
        int resolved = 0;
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (PinyinTable.TryGetSyllable((char)c, out _))
            {
                resolved++;
            }
        }

        Assert.Equal(PinyinTable.Count, resolved);
    }

    [Fact]
    public void EveryUnifiedIdeographWithAUnihanReadingIsCovered()
    {
        var missing = new List<string>();
        for (int c = 0x4E00; c <= 0x9FA5; c++)
        {
            if (Array.IndexOf(UnihanGaps, c) < 0 && !PinyinTable.TryGetSyllable((char)c, out _))
            {
                missing.Add(c.ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        Assert.True(missing.Count == 0, "No reading for U+" + string.Join(" U+", missing));
    }

    [Fact]
    public void SampledCharactersMatchUnihan()
    {
        string[] entries = UnihanSample.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(entries.Length > 250, "sample too small");

        var mismatches = new List<string>();
        foreach (string entry in entries)
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            char hanzi = (char)int.Parse(entry.AsSpan(0, eq), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            string expected = entry.Substring(eq + 1);
            if (!PinyinTable.TryGetSyllable(hanzi, out string actual) || !string.Equals(expected, actual, StringComparison.Ordinal))
            {
                mismatches.Add(entry + " got '" + actual + "'");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(", ", mismatches));
    }

    [Fact]
    public void SyllablesAreLowerCaseAscii()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            if (!PinyinTable.TryGetSyllable((char)c, out string syllable))
            {
                continue;
            }

            Assert.True(syllable.Length > 0, "empty syllable for U+" + c.ToString("X4", CultureInfo.InvariantCulture));
            foreach (char ch in syllable)
            {
                Assert.True(ch >= 'a' && ch <= 'z', "'" + syllable + "' for U+" + c.ToString("X4", CultureInfo.InvariantCulture));
            }
        }
    }
}
