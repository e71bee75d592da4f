using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>
    /// «قتل 18 شخصا في غارة جوية حكومية», «في قصف صاروخي حكومي لأحد الأحياء», «نتيجة القصف الحكومي على المنطقة»:
    /// the adjective of government («حكومي», «نظامي»: event_words.tsv role govadj) right after a noun of armed engagement,
    /// or after an adjective or two of its manner, names the deed's doer as a nationality does: the forces of the country
    /// the article is about (national_actors.tsv forces). Only on a deed noun: the same adjective on a body or a source
    /// («منظمة غير حكومية», «مصادر حكومية», «التلفزيون الحكومي») names nobody, and those nouns are no deed.
    /// </summary>
    private static ActorHit? GovernmentDeedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsArmedEngagement(e.Type))
        {
            return null;
        }
        var k = e.End;
        for (var manner = 0; manner < MannerReach && index.ActorAt(k) is null && index.IsRole(k, "manner"); manner++)
        {
            k++;
        }
        if (index.ActorAt(k) is not null || !index.IsRole(k, "govadj")
            || index.Context.Focus?.Country is not { } focus || !ActorLexicon.National.TryGetValue(focus, out var own))
        {
            return null;
        }
        var word = index.Token(k);
        var entry = new ActorEntry(own.Forces, "name", "army");
        return new ActorHit(k, k + 1, word.Span, own.Forces, false, entry);
    }
}
