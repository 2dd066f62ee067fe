using NewsContent.Generator.Model;
using NewsContent.Generator.Parsing;
using NewsContent.Generator.Parsing.People;

namespace NewsContent.Tests.Parsing;

/// <summary>Where a name ends and what is shaped like one but is not; our own sentences.</summary>
public sealed class NameBoundaryAndShapeTests
{
    [Theory]
    [InlineData("军区司令员刘成上将出席。", "刘成", "刘成上")]
    [InlineData("副市长周丽以及其他领导出席。", "周丽", "周丽以")]
    [InlineData("中国选手孙菲正在比赛。", "孙菲", "孙菲正")]
    [InlineData("研究所所长哈里森博士说，试验成功了。", "哈里森", "哈里森博")]
    [InlineData("会议主席卡洛斯连续第三次当选。", "卡洛斯", "卡洛斯连")]
    [InlineData("他向李建国总理致意。", "李建国", "向李建国")]
    public void ANameEndsBeforeTheWordAfterIt(string sentence, string name, string notAName)
    {
        var people = Parse(sentence).People;
        Assert.Contains(people, p => p.Name == name);
        Assert.DoesNotContain(people, p => p.Name == notAName);
    }

    [Theory]
    [InlineData("立陶宛总统选举揭晓。", "陶宛")]
    [InlineData("巴基斯坦总统出席了仪式。", "斯坦")]
    [InlineData("我们要学习周总理的榜样。", "习周")]
    [InlineData("居民呼声很高，职工居住条件差。", "呼声")]
    [InlineData("部门负责同志提拔到班子任职。", "提拔")]
    [InlineData("他拿出一封信，信中说：“我们很好。”", "信中")]
    [InlineData("他到８楼找到负责人冷科长。", "冷科长")]
    [InlineData("１５位农民代表出席了座谈会。", "农民")]
    [InlineData("医药行业是高技术、高投入、高风险的行业。", "高投入")]
    [InlineData("店里有猪、牛、羊肉、豆制品等。", "羊肉")]
    [InlineData("他的学生常常向读者介绍新书。", "向读者")]
    [InlineData("根据越南国家主席的命令，仪式举行。", "南国家")]
    [InlineData("他是该国共产党第一书记。", "党第一")]
    [InlineData("主席向全军老同志拜年。", "全军老")]
    [InlineData("这本传记是傅明译的《山路》。", "傅明译")]
    [InlineData("一场大雪。（王立画）", "王立画")]
    public void WordsShapedLikeNamesAreNotRead(string sentence, string notAName) =>
        Assert.DoesNotContain(Parse(sentence).People, p => p.Name == notAName);

    [Theory]
    [InlineData("村民李强说，今年收成好。", "李强")]
    [InlineData("村民王建国来到田头。", "王建国")]
    [InlineData("出席的有张明华、李春燕、王立新。", "李春燕")]
    [InlineData("作家中包括张明华、李春燕、王立新，都很有名。", "李春燕")]
    [InlineData("据美国金融家乔纳·巴克介绍，市场稳定。", "乔纳·巴克")]
    [InlineData("著名经济学家孙立平认为，增长会加快。", "孙立平")]
    [InlineData("她的丈夫周建国也来了。", "周建国")]
    [InlineData("春到山乡（油画）（孙明华）", "孙明华")]
    [InlineData("会上学习了《李春华文选》。", "李春华")]
    public void NamesAfterARoleOrInAListAreStillRead(string sentence, string name) =>
        Assert.Contains(Parse(sentence).People, p => p.Name == name);

    [Theory]
    [InlineData("王立新", true)]
    [InlineData("陈海", true)]
    [InlineData("晓岚", true)]
    [InlineData("阿米尔·哈桑", true)]
    [InlineData("解放日报", false)]
    [InlineData("全文另发", false)]
    [InlineData("范团长", false)]
    public void ABylineNameMustHaveTheShapeOfAName(string name, bool shaped) =>
        Assert.Equal(shaped, NewsContent.Generator.Parsing.People.PersonNames.IsNameShaped(name));

    private static PageModel Parse(string sentence) =>
        SeedParser.Parse(new SeedInput("page.txt", "page.txt", "标题\n\n" + sentence + "\n", "2021-05-06", false)).Page;
}
