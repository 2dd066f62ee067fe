namespace NewsContent.Generator.Naming;

/// <summary>How member names are spelled: pinyin PascalCase (HuangQin) or the Chinese characters themselves (黄钦).</summary>
internal enum IdentifierStyle
{
    Pinyin,
    Hanzi,
}
