using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «القذائف التي أطلقت من مواقع الفصائل في حي جوبر», «سقوط قذائف على حي باب توما، مصدرها مواقع المسلحين»: the
/// positions a strike was fired from («من مواقع X», «مصدرها مواقع X»; event_words.tsv role firedfrom) belong to
/// the party that fired it. News tell the shell, where it fell and its toll first, and the firers' positions
/// after; the near readings (Doer, FallenShellDoer) stop at the first place or preposition.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many tokens after the strike noun the «من» of its positions may stand: a relative clause and the place hit come first.</summary>
    private const int FiredFromReach = 16;

    /// <summary>
    /// The party whose positions («من مواقع», «مصدرها مواقع») the strike noun of <paramref name="e"/> was fired from, or
    /// null. Between the noun and «من» only its relative clause, what it hit and where may stand: no other deed noun (whose
    /// origin it would be; the strike's weapon behind ب is its own), no party outside a preposition (the clause's subject: «قصف الجيش … من مواقعه»), no sentence
    /// mark but a comma. A count or a site noun right before «من» makes it partitive («400 موقع من مواقع الحزب»,
    /// «عددا من مواقع التنظيم»): the party owns what was hit.
    /// </summary>
    private static ActorHit? FiredFromDoer(ArticleIndex index, EventCandidate e, TextUnit sentence)
    {
        if (e.Type != "REMOTE" || e.Trigger.IsVerb)
        {
            return null;
        }
        var end = Math.Min(sentence.End, e.End + FiredFromReach);
        for (var k = e.End; k < end; k++)
        {
            if (index.Role(k + 1, "firedfrom", true) is { } site && (IsFromWord(index, k) || index.IsRole(k, "origin", true)))
            {
                if (k > 0 && (index.Token(k - 1).Kind == TokenKind.Number || index.IsRole(k - 1, "sitecount", true) || index.IsRole(k - 1, "countof", true)))
                {
                    return null;
                }
                var named = NextActor(index, site.End, Math.Min(sentence.End, site.End + 2), a => !a.IsNisba || IsForceNisba(index, a));
                return named is { IsArmed: true } && named.Clitics.Length == 0 && !string.Equals(named.ActorId, Lexicons.ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal) ? named : null;
            }
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation && t.Norm is not ("،" or ",") && !t.IsQuoteMark)
            {
                return null;
            }
            if (index.ActorAt(k) is { } party && party.First == k && !party.IsNisba && index.PlaceAt(k) is null && !index.IsPrepositionBefore(party))
            {
                return null;
            }
            // «قصف بالصواريخ»: the weapon behind ب is the strike's own instrument, no deed of its own.
            if (k > e.End && index.PlaceAt(k) is null && !IsInstrument(index, k) && Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } other
                && other.Values.Any(static x => !x.IsVerb))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether the token is the preposition «من» standing alone (its clitic forms «منه», «منها» are pronouns).</summary>
    private static bool IsFromWord(ArticleIndex index, int k) =>
        string.Equals(index.Token(k).Norm, "من", StringComparison.Ordinal);
}
