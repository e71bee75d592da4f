using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The doer a verb with the deed's pronoun names after the deed noun's own complements: «التفجير الانتحاري
/// الذي أوقع عشرات القتلى في بلدة سروج، نفذه تنظيم الدولة», «تفجير سيارة مفخخة استهدف شارعا تجاريا في حي
/// البياع، تبناه تنظيم داعش». The near reading (Doer) stops at the first preposition, place or party, since
/// a marker a party or another deed stands before is theirs; news tell the target, the place and the toll first.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Tokens after the deed noun the marker may stand at: a relative clause with a place and a toll («الذي أسفر عن مقتل 32 شخصا في مدينة سروج جنوب البلاد،»).</summary>
    private const int FarDoerReach = 20;

    /// <summary>Tokens after the marker its subject may stand at: «كذلك», «أيضا» may come first.</summary>
    private const int FarDoerSubjectReach = 3;

    /// <summary>
    /// The party right after the first doer marker (event_words.tsv role doer: «نفذه», «تبناه», «شنتها») of the
    /// sentence after a deed noun, when nothing the marker could refer to instead stands between: no other deed
    /// noun (its nearer antecedent) and no party outside a preposition (its subject: «قالت فرنسا إنها شنته»).
    /// Verbs may stand between: they are the noun's relative clause («استهدف», «أوقع»). A subject joined to
    /// another by «أو» («نفذها الجيش السوري أو قوات التحالف») is a doubt, not a doer.
    /// </summary>
    private static ActorHit? FarDoer(ArticleIndex index, EventCandidate e, TextUnit sentence)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var end = Math.Min(sentence.End, e.End + FarDoerReach);
        for (var k = e.End; k < end; k++)
        {
            if (index.Role(k, "doer", true) is { } m)
            {
                if (!OpensClause(index, m))
                {
                    return null;
                }
                var named = NextActor(index, m.End, Math.Min(sentence.End, m.End + FarDoerSubjectReach), a => !a.IsNisba || IsForceNisba(index, a));
                // «الذي نفذه انتحاري»: an unnamed bomber names no party; read, it only keeps the telling from its other ones.
                if (named is null || string.Equals(named.ActorId, Lexicons.ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal) || TargetWordBetween(index, m.End, named.First) || IsAlternative(index, named.End))
                {
                    return null;
                }
                return named;
            }
            // «في حي الكرادة وسط بغداد»: a capital read as its state is the deed's place here, not a party.
            if (index.ActorAt(k) is { } party && !party.IsNisba && index.PlaceAt(k) is null && !index.IsPrepositionBefore(party) && !ArticleIndex.StartsWithCliticPrep(party, 'ل'))
            {
                return null;
            }
            if (k > e.End && index.PlaceAt(k) is null && Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is { } other
                && other.Values.Any(static t => !t.IsVerb))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the marker opens a clause of its own: after a comma, after «الذي/التي», or with «و» («وتبناه»). Right after
    /// a noun («عمليات تمشيط تقوم بها», «زيارة قام بها», «عمليات نفذها الجيش») it is that noun's relative clause.
    /// </summary>
    private static bool OpensClause(ArticleIndex index, PhraseMatch<string> marker)
    {
        var t = index.Token(marker.First);
        if (marker.FirstReading.Prefix > 0 && t.Norm[0] == 'و')
        {
            return true;
        }
        var before = marker.First - 1;
        return before >= 0 && (index.Token(before).Norm is "،" or "," || index.IsRole(before, "relative", true));
    }

    /// <summary>Whether «أو» (folded «او») follows the party: it is one of two the text cannot tell between.</summary>
    private static bool IsAlternative(ArticleIndex index, int after) =>
        after < index.Count && string.Equals(index.Token(after).Norm, "او", StringComparison.Ordinal);
}
