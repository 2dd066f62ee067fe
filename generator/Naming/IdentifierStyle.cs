namespace NewsContent.Generator.Naming;

/// <summary>How member names are spelled: pinyin PascalCase (ZhangSan) or the Chinese characters themselves (张三).</summary>
internal enum IdentifierStyle
{
    Pinyin,
    Hanzi,
}
