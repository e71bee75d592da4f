using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>Tokens from a verb of witnessing to the deed noun it takes as object: a list of places with their labels fits («شهدت مناطق في محافظتي درعا (جنوب) وحمص (وسط) وادلب قصفا»).</summary>
    private const int WitnessedReach = 16;

    /// <summary>
    /// «شهدت مناطق في محافظتي درعا وحمص قصفا واشتباكات», «وتشهد أحياء المدينة معارك»: a deed noun that is the object of a
    /// verb of witnessing (event_words.tsv role witness) has a place for the verb's subject; the clause says where the deed
    /// happened and names no doer, so no doer is carried into it from the deeds or topics told before (docs/annotation.md
    /// 6.3 and 8: a roundup line keeps actor1 null). Sides the clause names itself («شهدت المدينة اشتباكات بين الجيش
    /// والمعارضة») are read before the carry and stay. No other deed (but one it is joined to by «و») and no party other than a state read off a place
    /// name («العاصمة السورية») stands between the verb and the noun. A trigger read as a verb counts too: «قصفا» after
    /// the verb's subject is the object noun, not a dual verb with no subject.
    /// </summary>
    private static bool Witnessed(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        var head = e.First;
        for (var k = e.First - 1; k >= Math.Max(clauseFirst, e.First - WitnessedReach); k--)
        {
            if (index.IsRole(k, "witness", true))
            {
                return true;
            }
            // «قصفا واشتباكات»: a deed noun joined by «و» to the one before shares its verb.
            if (index.IsTrigger(k) && head - k <= 2 && index.Token(head).Norm.StartsWith('و'))
            {
                head = k;
                continue;
            }
            if (index.IsTrigger(k) || index.ActorAt(k) is { Entry.Class: not "state" })
            {
                return false;
            }
        }
        return false;
    }
}
