using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «وألقيت مسؤولية الهجوم على حزب العمال», «تفجير انتحاري ألقي باللوم فيه على تنظيم داعش», «ألقى مسؤولون
/// باللوم على تنظيم القاعدة في نصب كمين»: blame thrown on a party names it behind «على», after the noun of
/// blame, where «اتهم» and «حمّل» name it before the charge (<see cref="BlamedBy"/>). Blame that names a specific
/// group makes it actor1 of the attack (docs/annotation.md 4.5), as the other verbs of blaming do.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between the noun of blame and the «على» of the blamed party («مسؤولية الهجوم الانتحاري الأخير على»).</summary>
    private const int ThrownBlameReach = 6;

    private static void ApplyThrownBlame(ArticleIndex index, List<EventCandidate> events) =>
        ApplyBlameVerbs(index, events, i => BlameWords.At(index.Text, i, "throw", true), ThrownOn, "thrown-blame");

    /// <summary>
    /// Each verb of blaming <paramref name="verbAt"/> finds, unless negated, lays the blame <paramref name="blameOn"/>
    /// reads after it on the deeds it reaches (<see cref="BlameDeeds"/>, traced as <paramref name="rule"/>); the walk
    /// goes on after the verb. Thrown blame and laid attacks differ only in their verbs and in where the party stands.
    /// </summary>
    private static void ApplyBlameVerbs(ArticleIndex index, List<EventCandidate> events, Func<int, PhraseMatch<string>?> verbAt,
        Func<ArticleIndex, int, int, Blame?> blameOn, string rule)
    {
        for (var i = 0; i < index.Count; i++)
        {
            if (verbAt(i) is not { } verb || IsNegatedClaim(index, verb.First, claim: false))
            {
                continue;
            }
            if (blameOn(index, verb.First, verb.End) is { } blame)
            {
                BlameDeeds(index, events, blame, verb.First, rule);
            }
            i = Math.Max(i, verb.End - 1);
        }
    }

    /// <summary>
    /// The party behind the first «على» after the noun of blame («المسؤولية», «باللوم», «باللائمة»), which must be an
    /// armed group or a state named right there, not vaguely tied; the accuser is a party between the verb and the
    /// noun («ألقى التلفزيون الحكومي باللائمة»), or the verb's subject before it. The deed is a trigger between the
    /// noun and «على» («مسؤولية الهجوم», «باللوم في التفجير»); a deed told before is taken back by a pronoun on the
    /// noun or after it («مسؤوليتها», «فيه») or by a definite deed noun («الهجوم», «التفجير»: the attack the reader knows).
    /// </summary>
    private static Blame? ThrownOn(ArticleIndex index, int verbFirst, int verbEnd)
    {
        var sentence = index.SentenceOf(verbFirst);
        var end = Math.Min(sentence.End, verbEnd + BlameReach);
        var noun = -1;
        for (var k = verbEnd; k < end; k++)
        {
            if (index.ActorAt(k) is not null)
            {
                continue;
            }
            // «ألقت الشرطة القبض على …», «ألقى كلمة على …»: a «على» before any noun of blame is no thrown blame.
            if (string.Equals(index.Token(k).Norm, "علي", StringComparison.Ordinal))
            {
                return null;
            }
            if (IsBlameNoun(index.Token(k).Norm) || BlameWords.Is(index.Text, k, "blamenoun", true))
            {
                noun = k;
                break;
            }
        }
        if (noun < 0)
        {
            return null;
        }
        var on = -1;
        var names = false;
        var backward = IsBlameNoun(index.Token(noun).Norm) && HasPronoun(index.Token(noun).Norm);
        for (var k = noun + 1; k < Math.Min(sentence.End, noun + 1 + ThrownBlameReach); k++)
        {
            var t = index.Token(k);
            if (string.Equals(t.Norm, "علي", StringComparison.Ordinal))
            {
                on = k;
                break;
            }
            if (index.ActorAt(k) is not null)
            {
                return null;
            }
            if (index.IsTrigger(k))
            {
                names = true;
                backward |= Text.DefiniteForm.IsDefinite(t.Norm);
            }
            backward |= BlameWords.Is(index.Text, k, "backref");
            // «تفجير انتحاري ألقي باللوم فيه على التنظيم»: the pronoun of a relative clause takes back the deed right
            // before the verb, not any deed told before (the shooting the sentence before is another happening).
            if (BlameWords.Is(index.Text, k, "thrownback") && DeedBefore(index, verbFirst, sentence.First) is { } deed)
            {
                return BlamedBehindOn(index, noun + 1, sentence) is { } onBlamed
                    ? new Blame(onBlamed, AccuserOf(index, verbFirst, verbEnd, noun, sentence.First), deed, verbFirst, false)
                    : null;
            }
        }
        if (on < 0 || !(names || backward) || BlamedAfter(index, on + 1, sentence.End) is not { } blamed)
        {
            return null;
        }
        return new Blame(blamed, AccuserOf(index, verbFirst, verbEnd, noun, sentence.First), noun, on, backward);
    }

    /// <summary>The party named right behind the first «على» after <paramref name="from"/> within reach.</summary>
    private static ActorHit? BlamedBehindOn(ArticleIndex index, int from, TextUnit sentence)
    {
        for (var k = from; k < Math.Min(sentence.End, from + ThrownBlameReach); k++)
        {
            if (string.Equals(index.Token(k).Norm, "علي", StringComparison.Ordinal))
            {
                return BlamedAfter(index, k + 1, sentence.End);
            }
        }
        return null;
    }

    /// <summary>A party between the verb and the noun of blame («ألقى التلفزيون الحكومي باللائمة»), else the verb's subject before it.</summary>
    private static ActorHit? AccuserOf(ArticleIndex index, int verbFirst, int verbEnd, int noun, int sentenceFirst)
    {
        for (var a = index.FirstActorFrom(verbEnd); a < index.Actors.Count && index.Actors[a].End <= noun; a++)
        {
            if (!index.Actors[a].IsNisba)
            {
                return index.Actors[a];
            }
        }
        return SubjectBefore(index, verbFirst, sentenceFirst);
    }

    /// <summary>Tokens before a verb of throwing blame within which the deed its relative pronoun takes back stands («تفجير انتحاري ألقي»).</summary>
    private const int ThrownDeedReach = 4;

    /// <summary>The last trigger within <see cref="ThrownDeedReach"/> tokens before the verb, in its sentence.</summary>
    private static int? DeedBefore(ArticleIndex index, int verbFirst, int sentenceFirst)
    {
        for (var k = verbFirst - 1; k >= Math.Max(sentenceFirst, verbFirst - ThrownDeedReach); k--)
        {
            if (index.IsTrigger(k))
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>The party named right at <paramref name="from"/> (a quotation mark may open it) that can be a named doer.</summary>
    private static ActorHit? BlamedAfter(ArticleIndex index, int from, int end)
    {
        var k = from;
        while (k < end && index.Token(k).IsQuoteMark)
        {
            k++;
        }
        return k < end && index.ActorAt(k) is { } a && a.First == k && !a.IsNisba && ActorLinker.CanBeNamedDoer(index, a)
            && !IsVagueTie(index, a)
            ? a
            : null;
    }

    /// <summary>«مسؤوليته», «مسؤوليتها»: the noun of blame with the pronoun of a deed told before.</summary>
    private static bool HasPronoun(string norm) =>
        (norm.EndsWith('ه') && !norm.EndsWith("يه", StringComparison.Ordinal)) || norm.EndsWith("ها", StringComparison.Ordinal);
}
