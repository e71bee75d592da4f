using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// «وثقت اللجان 268 نقطة قصف بينها 18 نقطة قصفت بالطيران الحربي، كما وثقت 88 نقطة اشتباك مسلح بين الجيش الحر وجيش النظام»:
/// a count of points («نقطة/نقاط») a deed befell is a monitor's tally over the country's towns, a total, no happening at a
/// place (docs/annotation.md 4.2). Whatever the deed's word: the noun after the count («نقطة قصف», «نقطة اشتباك»), or the
/// points' own verb («نقطة قصفت», «نقطة تعرضت للقصف», «نقطة تم قصفها»).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from «نقطة» to the trigger it counts («نقطة تم قصفها»).</summary>
    private const int TallyPointReach = 3;

    private static bool IsTallyOfPoints(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        for (var p = e.First - 1; p >= Math.Max(sentence.First + 1, e.First - TallyPointReach); p--)
        {
            if (!index.Token(p).IsWord)
            {
                return false;
            }
            if (index.Words.IsWord(index.Text, p, "tallypoint"))
            {
                return CountEndsAt(index, p) && !index.HasTriggerIn(p + 1, e.First);
            }
        }
        return false;
    }

    /// <summary>Whether a count stands right before the token: digits («268», «و268») or number words («عشرات», «ثلاثين»).</summary>
    private static bool CountEndsAt(ArticleIndex index, int p)
    {
        var before = index.Token(p - 1);
        if (before.Kind == Text.TokenKind.Number || (before.Norm.Length > 1 && before.Norm[0] == 'و' && before.Norm.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0))
        {
            return true;
        }
        for (var s = Math.Max(0, p - 3); s < p; s++)
        {
            if (ArabicNumbers.Default.ReadAt(index.Text, s, allowConjunction: true) is { } n && n.End == p)
            {
                return true;
            }
        }
        return false;
    }
}
