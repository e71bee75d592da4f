using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// A statement of people killed: tokens [First, End), their body <see cref="Span"/> and
/// <see cref="Text"/>, and the number killed. <see cref="IsLowerBound"/> is true when the number is
/// only a floor («أكثر من 50», «عشرات القتلى»).
/// </summary>
public sealed record FatalityMention(int First, int End, TextSpan Span, int Count, bool IsLowerBound, string Text)
{
    /// <summary>True when the number is a vague plural read by its lower bound («عشرات» 10, «مئات» 100), no count the text gives.</summary>
    public bool IsVague { get; init; }

    /// <summary>True for a 0 that says nobody was hurt or killed («لم تسجل إصابات», «أضرار مادية»), not a count of wounded only.</summary>
    public bool IsDenial { get; init; }

    /// <summary>True for a tally told as risen to its figure («ارتفع عدد القتلى … إلى 53»): the latest count of its deed.</summary>
    public bool IsRisen { get; init; }
}
