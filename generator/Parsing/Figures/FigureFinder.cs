using System.Collections.Generic;
using NewsContent.Generator.Parsing.Text;
using static NewsContent.Generator.Parsing.Figures.FigureVocabulary;

namespace NewsContent.Generator.Parsing.Figures;

/// <summary>
/// Finds numbers with a unit or percent in running text: reads a candidate (<see cref="FigureReader"/>), keeps it
/// unless an exclusion applies (<see cref="FigureExclusions"/>), and says what it counts. One left-to-right pass;
/// each position is looked at a bounded number of times, so the cost is linear in the text.
/// </summary>
internal static class FigureFinder
{
    /// <summary>What a figure counts, read after its unit: a noun phrase (人参加培训), not the rest of the clause.</summary>
    private const int MaxCountedNoun = 16;

    /// <summary>What a figure counts, read before it when nothing follows: the clause's subject, bounded like a title run.</summary>
    private const int MaxCountedSubject = 24;

    private static readonly char[] MultiplierCharacters = Multipliers.ToCharArray();

    /// <summary>The figures of a text that stands alone: only its own quoted names tell a name from an amount.</summary>
    public static List<FoundFigure> Find(string text)
    {
        var names = new List<string>();
        FigureKinds.CollectNames(text, names);
        return Find(text, names);
    }

    /// <summary>The figures of one run of a page, told apart by the short names quoted anywhere on the page.</summary>
    public static List<FoundFigure> Find(string text, IReadOnlyCollection<string> pageNames)
    {
        var found = new List<FoundFigure>();
        var i = 0;
        while (i < text.Length)
        {
            var end = TryRead(text, i, pageNames, out var figure);
            if (end > i)
            {
                found.Add(figure);
                i = end;
            }
            else
            {
                i = SkipToken(text, i);
            }
        }

        return found;
    }

    /// <summary>Skips a whole digit run, so a number is never read from its middle (the 34 of 1234).</summary>
    private static int SkipToken(string text, int i)
    {
        var j = i + 1;
        if (NumberScanner.IsNumeral(text[i]))
        {
            while (j < text.Length && (NumberScanner.IsNumeral(text[j]) || ChineseNumber.IsDecimalPoint(text[j]) || char.IsLetter(text[j]) && text[j] < 128))
            {
                j++;
            }
        }

        return j;
    }

    private static int TryRead(string text, int start, IReadOnlyCollection<string> pageNames, out FoundFigure figure)
    {
        figure = default;
        if (!FigureRanges.TryRead(text, start, out var candidate) && !(FigureReader.TryRead(text, start, out candidate) && FigureExclusions.IsFigure(candidate)))
        {
            return start;
        }

        var (end, unit) = (candidate.End, candidate.Unit);
        var baseUnit = unit.TrimStart(MultiplierCharacters);
        var normalized = candidate.Value * MeasureWords.MultiplierValue(unit);
        var qualifier = candidate.Qualifier ?? FigureReader.LeadingQualifier(text, start);
        figure = new FoundFigure(start, end - start, text.Substring(start, end - start), candidate.Value, unit, normalized, baseUnit, qualifier, Counts(text, start, end, unit),
            FigureKinds.Of(new FigurePlace(text, start, end, baseUnit, pageNames)), candidate.UpperValue);
        return end;
    }

    /// <summary>What the figure counts: the noun after its unit, else the subject before it, as the sentence says it.</summary>
    private static string Counts(string text, int start, int end, string unit)
    {
        var after = end;
        while (after < text.Length && after - end < MaxCountedNoun && !Clauses.IsClauseBreak(text, after, ClauseMarks.Figure) && !Hanzi.IsDigit(text[after]) && text[after] != ListEnd)
        {
            after++;
        }

        var noun = text.Substring(end, after - end);
        if (noun.Length > 0 && !noun.StartsWith(Modifier, System.StringComparison.Ordinal))
        {
            return noun;
        }

        // 万分之五的滞纳金, 三分之一的土地, 四十瓦的灯泡: a part written out or a measure describes the noun after 的.
        if (noun.Length > Modifier.Length && noun.StartsWith(Modifier, System.StringComparison.Ordinal) && DescribesNounAfterModifier(text, start, unit))
        {
            return noun.Substring(Modifier.Length);
        }

        var before = start;
        while (before > 0 && start - before < MaxCountedSubject && !Clauses.IsClauseBreak(text, before - 1, ClauseMarks.Figure))
        {
            before--;
        }

        var subject = text.Substring(before, start - before);
        var stop = CountsStopWords.MatchEndingAt(subject, subject.Length);
        if (stop is not null)
        {
            subject = subject.Substring(0, subject.Length - stop.Length);
        }

        return subject;
    }

    /// <summary>
    /// Parts written out (万分之五的滞纳金) describe the noun after 的, and so does a physical measure after a classifier
    /// (那盏四十瓦的灯泡, 一座30米的水塔: the classifier counts that noun); after a noun (亩产六百斤的) the noun before is counted.
    /// </summary>
    private static bool DescribesNounAfterModifier(string text, int start, string unit) =>
        unit is PerMille or PerTenThousand or Fraction
        || ((System.Array.IndexOf(LengthsAndAreas, unit) >= 0 || System.Array.IndexOf(MassesAndVolumes, unit) >= 0 || System.Array.IndexOf(Energy, unit) >= 0)
            && Units.EndsAt(text, start));
}
