using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.People;

namespace NewsContent.Tests.Parsing;

/// <summary>Foreign names, names no official title announces, and the words before a title that are not names; our own sentences.</summary>
public sealed class ForeignAndUntitledNamesTests
{
    [Theory]
    [InlineData("美国总统马里克·桑德斯今天抵达。", "马里克·桑德斯")]
    [InlineData("代表团团长阿米尔·哈桑一行抵达。", "阿米尔·哈桑")]
    [InlineData("他会见了奥尔加・科瓦连科。", "奥尔加・科瓦连科")]
    [InlineData("俄罗斯外长格里戈连科表示欢迎。", "格里戈连科")]
    [InlineData("德国总理韦伯也出席了会议。", "韦伯")]
    [InlineData("当天，斯托尔滕贝格总理在议会发言。", "斯托尔滕贝格")]
    [InlineData("副主席刘一鸣、阿不都·热合曼，王建国出席。", "阿不都·热合曼")]
    public void ForeignNamesAreReadFromTheTransliterationTable(string sentence, string name) =>
        Assert.Contains(Parse(sentence).People, p => p.Name == name);

    [Theory]
    [InlineData("美国总统马里克·桑德斯今天抵达。", "马里克")]
    [InlineData("当天，斯托尔滕贝格总理在议会发言。", "滕贝格")]
    [InlineData("他会见伊拉克议长。", "伊拉克")]
    [InlineData("与会的阿拉伯国家代表认真分析了形势。", "阿拉伯")]
    [InlineData("俄罗斯总统今天抵达。", "俄罗斯")]
    [InlineData("他在西安主持召开座谈会。", "西安")]
    [InlineData("第79届联大主席菲勒蒙·杨分别会见。", "菲勒蒙")]
    public void PlacesAndCutNamesAreNotPeople(string sentence, string notAName) =>
        Assert.DoesNotContain(Parse(sentence).People, p => p.Name == notAName);

    [Theory]
    [InlineData("中共中央总书记、国家主席王建国发表讲话。", "国家")]
    [InlineData("某国国防部长瓦尔德乘直升机抵达。", "国防")]
    [InlineData("各级领导班子要加强团结。", "班子")]
    [InlineData("他郑重宣布了结果。", "郑重")]
    [InlineData("返乡的车票已经售完。", "车票")]
    [InlineData("（新华社记者李春华摄）", "李春华摄")]
    [InlineData("但欧盟代表表示反对。", "但欧盟")]
    [InlineData("会议选举卢春华为省长。", "华为")]
    [InlineData("陈立新和聂春平两位九段宝刀不老。", "平两位")]
    [InlineData("英国将在担任轮值主席国期间推动合作。", "任轮值")]
    [InlineData("要求每个干部都来思考。", "都来思")]
    [InlineData("哥旅游部长顾问阿丽娜接受采访。", "顾问阿")]
    [InlineData("一些成员国正在经受财政困难。", "国正")]
    [InlineData("江苏、浙江等省份签约。", "江苏")]
    [InlineData("要把药品送到每户门口。", "门口")]
    public void WordsBeforeATitleAndCommonWordsAreNotNames(string sentence, string notAName) =>
        Assert.DoesNotContain(Parse(sentence).People, p => p.Name == notAName);

    [Theory]
    [InlineData("新春的田野。（本报记者王立新　陈海摄）", "陈海")]
    [InlineData("当选副主席的有刘春华（女）、马建国（回族）。", "刘春华")]
    [InlineData("会议选举周立新为市长。", "周立新")]
    [InlineData("男主人名叫钱德顺，今年五十岁。", "钱德顺")]
    [InlineData("读者喜爱的有秦晓明的《山路》。", "秦晓明")]
    [InlineData("今天，孔春生九段战胜了对手。", "孔春生")]
    [InlineData("民警来到特困职工胡春兰家中。", "胡春兰")]
    [InlineData("南非国际关系与合作部长罗伯茨·马莱卡出席。", "罗伯茨·马莱卡")]
    [InlineData("获奖者有县文化馆馆长张立新江西省农科院研究员李春华。", "张立新")]
    [InlineData("获奖者有县医院儿科主任魏春宁夏回族自治区人民医院院长李春华。", "魏春")]
    [InlineData("以色列国防部长莫迪凯提出了方案。", "莫迪凯")]
    [InlineData("中国队的孙立红、吴春燕等新人也跃跃欲试。", "吴春燕")]
    [InlineData("退休的饲养员钱秀英又被返聘回来。", "钱秀英")]
    public void UntitledNamesAreReadFromTheirCues(string sentence, string name) =>
        Assert.Contains(Parse(sentence).People, p => p.Name == name);

    [Fact]
    public void AnAuthorLineUnderATitleIsAName() =>
        Assert.Contains(Parse2("冬日的河\n\n严冬梅\n\n河面结了冰，孩子们在冰上玩耍。\n").People, p => p.Name == "严冬梅");

    [Theory]
    [InlineData("（王立新　陈海摄）", "王立新")]
    [InlineData("（王立新　陈海摄）", "陈海")]
    [InlineData("本报记者　赵明远　孙建华", "孙建华")]
    public void EveryNameOfASpacedCreditOrBylineIsRead(string line, string name) =>
        Assert.Contains(Parse2("春到田野\n\n" + line + "\n\n新华社北京3月1日电 田野里一片忙碌。\n\n" + line + "\n").People, p => p.Name == name);

    [Fact]
    public void AJoinerInsideAMinistryNameStaysInTheTitle() =>
        Assert.Contains("南非国际关系与合作部长", Assert.Single(Parse("南非国际关系与合作部长罗伯茨·马莱卡出席。").People).Titles);

    [Fact]
    public void EveryTransliterationCharacterIsAHanziAndListedOnce()
    {
        var characters = ForeignNameVocabulary.TransliterationCharacters;
        Assert.All(characters, c => Assert.True(NewsContent.Generator.Parsing.Text.Hanzi.IsHanzi(c)));
        Assert.Equal(characters.Length, characters.Distinct().Count());
    }

    private static PageModel Parse(string sentence) => Parse2("标题\n\n" + sentence + "\n");

    private static PageModel Parse2(string text) => SeedParser.Parse(new SeedInput("page.txt", "page.txt", text, "2021-05-06", false)).Page;
}
