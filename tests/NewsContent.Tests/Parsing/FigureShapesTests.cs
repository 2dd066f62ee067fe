using System.Globalization;
using ParsedKind = NewsContent.Generator.Model.FigureKind;
using NewsContent.Generator.Parsing.Figures;

namespace NewsContent.Tests.Parsing;

/// <summary>The shapes of figures the old typesetting and the written-out forms use, each on an invented sentence.</summary>
public sealed class FigureShapesTests
{
    [Theory]
    [InlineData("全县工业产值增长８·９％", "８·９％", "8.9", "％", "8.9")]
    [InlineData("全市已有５·３万名下岗职工再就业", "５·３万名", "5.3", "万名", "53000")]
    [InlineData("股指上涨５６·７９点", "５６·７９点", "56.79", "点", "56.79")]
    [InlineData("当时的比价为２３６１・２５盾", "２３６１・２５盾", "2361.25", "盾", "2361.25")]
    [InlineData("已占全县产值的三分之一以上", "三分之一", "0.3333", "fraction", "0.3333")]
    [InlineData("逾期按日加收万分之五的滞纳金", "万分之五", "5", "‱", "5")]
    [InlineData("占职工总数的半数以上", "半数", "0.5", "fraction", "0.5")]
    [InlineData("他在乡里住了半年", "半年", "0.5", "年", "0.5")]
    [InlineData("近千名群众参加义务植树", "千名", "1000", "名", "1000")]
    [InlineData("百名代表联名提出议案", "百名", "100", "名", "100")]
    [InlineData("调查了千户企业", "千户", "1000", "户", "1000")]
    [InlineData("这位百岁老人身体硬朗", "百岁", "100", "岁", "100")]
    [InlineData("万余名学生参加考试", "万余名", "1", "万名", "10000")]
    [InlineData("产值首次突破百亿元", "百亿元", "100", "亿元", "10000000000")]
    [InlineData("这条古道已有三千多年", "三千多年", "3000", "年", "3000")]
    [InlineData("他以３２６．３４分夺冠", "３２６．３４分", "326.34", "分", "326.34")]
    [InlineData("北风４级", "４级", "4", "级", "4")]
    [InlineData("最高气温１２℃", "１２℃", "12", "℃", "12")]
    [InlineData("每天加开列车２００多对", "２００多对", "200", "对", "200")]
    [InlineData("共检测货车3260台次", "3260台次", "3260", "台次", "3260")]
    [InlineData("今年是建厂３０周年", "３０周年", "30", "周年", "30")]
    [InlineData("送粮队走了十七里山路", "十七里", "17", "里", "17")]
    [InlineData("城南三华里处有座桥", "三华里", "3", "华里", "3")]
    [InlineData("地铁２号线开通运营", "２号", "2", "号", "2")]
    [InlineData("紧急调运４００顶帐篷", "４００顶", "400", "顶", "400")]
    [InlineData("他以５２票当选", "５２票", "52", "票", "52")]
    [InlineData("财政收入翻了两番", "两番", "2", "番", "2")]
    [InlineData("原油日产２５０３万桶", "２５０３万桶", "2503", "万桶", "25030000")]
    [InlineData("架设１１０千伏线路", "１１０千伏", "110", "千伏", "110")]
    [InlineData("邮票面值３２美分", "３２美分", "32", "美分", "32")]
    [InlineData("全场商品八折", "八折", "8", "折", "8")]
    [InlineData("每户每月用电９３千瓦时", "９３千瓦时", "93", "千瓦时", "93")]
    [InlineData("装机容量５千瓦", "５千瓦", "5", "千瓦", "5")]
    [InlineData("新楼均价２０００元／平方米", "２０００元／平方米", "2000", "元／平方米", "2000")]
    [InlineData("列车时速达160公里/小时", "160公里/小时", "160", "公里/小时", "160")]
    [InlineData("新水厂日供水3万吨/日", "3万吨/日", "3", "万吨/日", "30000")]
    [InlineData("金价跌到每盎司３００美元以下", "３００美元", "300", "美元", "300")]
    [InlineData("黄金储备达２５０万盎司", "２５０万盎司", "250", "万盎司", "2500000")]
    [InlineData("那颗星离地球４光年", "４光年", "4", "光年", "4")]
    [InlineData("房租每周三镑", "三镑", "3", "镑", "3")]
    [InlineData("今春投放鱼苗２０万尾", "２０万尾", "20", "万尾", "200000")]
    [InlineData("纱厂新增十万锭", "十万锭", "10", "万锭", "100000")]
    [InlineData("院里开了三枝梅花", "三枝", "3", "枝", "3")]
    [InlineData("比赛打满两回合", "两回合", "2", "回合", "2")]
    [InlineData("村里有１０来户人家", "１０来户", "10", "户", "10")]
    [InlineData("他种了十来亩果树", "十来亩", "10", "亩", "10")]
    [InlineData("枝头开了五朵花", "五朵", "5", "朵", "5")]
    [InlineData("每天挑两担水", "两担", "2", "担", "2")]
    [InlineData("这本书他读了三遍", "三遍", "3", "遍", "3")]
    [InlineData("每次注射５毫升", "５毫升", "5", "毫升", "5")]
    [InlineData("中日韩三方举行会谈", "三方", "3", "方", "3")]
    [InlineData("全年用水４００万方", "４００万方", "400", "万方", "4000000")]
    public void Reads(string sentence, string text, string value, string unit, string normalized)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence));
        Assert.Equal(text, figure.Text);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(decimal.Parse(normalized, CultureInfo.InvariantCulture), figure.NormalizedValue);
    }

    [Theory]
    [InlineData("这件事十分重要")]
    [InlineData("他谈了两点意见")]
    [InlineData("会议上午10点开始")]
    [InlineData("列车8时30分到站")]
    [InlineData("今年上半年经济平稳")]
    [InlineData("千里江山一片新绿")]
    [InlineData("千百万农民走上富裕路")]
    [InlineData("大半天过去了")]
    [InlineData("他走过六盘山")]
    [InlineData("九十年代的老照片")]
    [InlineData("几百万人次的客流")]
    [InlineData("路口四周种满了树")]
    [InlineData("他四处打听消息")]
    [InlineData("绳子两头都系紧了")]
    [InlineData("骑三轮车卖菜")]
    [InlineData("八路军老战士")]
    [InlineData("大陆对台湾的政策")]
    [InlineData("同一成绩算并列")]
    [InlineData("三期工程正在施工")]
    [InlineData("一月五号放假")]
    [InlineData("八一队主场获胜")]
    [InlineData("三五成群地聊天")]
    [InlineData("他十五六岁参了军")]
    [InlineData("三角形的屋顶")]
    [InlineData("客人来自四面八方")]
    [InlineData("温暖送进千家万户")]
    [InlineData("新店开在八里庄")]
    [InlineData("全书分三部分")]
    [InlineData("她在读五年级")]
    [InlineData("几次投篮无一成功")]
    [InlineData("这完全是两回事")]
    public void NotFigures(string sentence) => Assert.Empty(FigureFinder.Find(sentence));

    [Theory]
    [InlineData("屋里亮着那盏四十瓦的灯泡", "灯泡")]
    [InlineData("村口立起一座30米的水塔", "水塔")]
    public void AMeasureBeforeTheModifierCountsTheNounAfterIt(string sentence, string counts) =>
        Assert.Equal(counts, Assert.Single(FigureFinder.Find(sentence)).Counts);

    [Theory]
    [InlineData("学习《五年规划纲要》", "五年")]
    [InlineData("做好“三篇文章”", "三篇")]
    [InlineData("推进五年行动计划落实", "五年")]
    [InlineData("贯彻六项规定精神", "六项")]
    [InlineData("严格执行九项规定精神和有关要求", "九项")]
    public void NumbersInsideNamesAreNotQuantities(string sentence, string text)
    {
        var figure = Assert.Single(FigureFinder.Find(sentence));
        Assert.Equal(text, figure.Text);
        Assert.Equal(ParsedKind.InName, figure.Kind);
    }

    [Theory]
    [InlineData("全市新增企业120家")]
    [InlineData("明确的30项重点任务抓紧实施")]
    [InlineData("他说：“今年我们种了三百亩小麦，比去年多一倍。”")]
    [InlineData("完成3项计划")]
    public void AmountsStayQuantities(string sentence)
    {
        Assert.All(FigureFinder.Find(sentence), f => Assert.Equal(ParsedKind.Quantity, f.Kind));
        Assert.NotEmpty(FigureFinder.Find(sentence));
    }

    [Fact]
    public void ANameQuotedOnceStaysANameUnquoted()
    {
        var found = FigureFinder.Find("县里出台“惠农9条”。各乡加快落实惠农9条等措施，新建大棚40座。");
        Assert.Equal(new[] { ParsedKind.InName, ParsedKind.InName, ParsedKind.Quantity }, found.Select(f => f.Kind));
    }
}
