using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class PlaceLinker
{
    /// <summary>
    /// «بعد أيام من تحذير دمشق من أنها قد تضرب», «خشية تل أبيب من وصول الأسلحة», «أعلنت موسكو»,
    /// «دمشق تتهم», «العلاقات بين واشنطن وأنقرة», «رسالة إلى بيروت»: a state's bare name (a capital or a country,
    /// actors.tsv class state) that is the subject of a verb of saying, fearing or deciding, the
    /// genitive of a noun of that kind (a relative pronoun may stand between the name and its verb: «من واشنطن التي قالت»), or one of the two sides of a relation between states is the
    /// government, not a place, and so is the state after «إلى» behind a noun of a message, its addressee
    /// (docs/annotation.md: «دمشق تتهم» is an actor mention), so it is no
    /// candidate place of the events around it. Behind a preposition («في دمشق», «بدمشق») it is the
    /// city; a name with no such word around it is left to the place choice. Only for a use of force,
    /// as for the speaker's venue: a state's own deed of words or aid («إعلان لندن تزويد المعارضة
    /// بعربات») has no other place to take, and a place-less event is dropped (train nc-042c599f).
    /// </summary>
    internal static bool GovernmentVoice(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        if (!EventTypes.IsUseOfForce(e.Type))
        {
            return false;
        }
        var words = Geo.PlaceLexicon.Default.GovernmentWords;
        var sentence = index.Token(p.First).Sentence;
        // «توجيه دمشق رسالة إلى بيروت»: whom a message is sent to is its addressee, a capital the sources list as no actor too.
        if (p.First >= 2 && index.Token(p.First - 1).Norm == "الي" && index.Token(p.First).Span.Start == p.Span.Start
            && HasWord(index, p.First - 2, sentence, words, "message"))
        {
            return true;
        }
        if (!IsBareState(index, p.First, p.End, out var actor))
        {
            return false;
        }
        if (actor.Clitics.Length == 0 && HasWord(index, p.First - 1, sentence, words, "before"))
        {
            return true;
        }
        if (HasWord(index, p.End, sentence, words, "after") && !PrepositionBefore(index, p.First - 1, sentence))
        {
            return true;
        }
        // «جاء التأكيد من واشنطن التي قالت إن …», «استياء موسكو التي اتهمت»: a relative pronoun between the name and the verb
        // still makes the state its subject, after the «من» of a source too; behind «في» the pronoun is most often another noun's
        // («الحرب في سوريا التي تهدد …»), and the name is the country.
        if (HasWord(index, p.End, sentence, words, "relative") && HasWord(index, p.End + 1, sentence, words, "after")
            && !(p.First > 0 && index.Token(p.First - 1).Norm == "في"))
        {
            return true;
        }
        return OneSideBetween(index, actor, sentence, words);
    }

    /// <summary>«العلاقات بين واشنطن وأنقرة»: the first side right after «بين» behind a relation noun, or the second joined to such a first by «و».</summary>
    private static bool OneSideBetween(ArticleIndex index, ActorHit actor, int sentence, Dictionary<string, HashSet<string>> words)
    {
        var first = actor;
        if (WawClitic.OpensWith(actor.Clitics))
        {
            if (index.ActorAt(actor.First - 1) is not { } other || other.End != actor.First || !IsBareState(index, other.First, other.End, out first))
            {
                return false;
            }
        }
        else if (actor.Clitics.Length != 0)
        {
            return false;
        }
        var between = first.First - 1;
        return between > 0 && index.Token(between) is { IsWord: true } b && b.Sentence == sentence
            && index.Words.IsWholeWord(b.Norm, "between")
            && HasWord(index, between - 1, sentence, words, "relation");
    }

    /// <summary>True when the tokens [first, end) are a state's own name (no nisba, no reference) with no clitic but «و».</summary>
    private static bool IsBareState(ArticleIndex index, int first, int end, out ActorHit actor)
    {
        actor = index.ActorAt(first)!;
        return actor is { Entry: { Class: "state", Kind: "name" } } && actor.First == first && actor.End == end
            && (actor.Clitics.Length == 0 || (actor.Clitics.Length == 1 && WawClitic.OpensWith(actor.Clitics)));
    }

    /// <summary>True when token <paramref name="k"/> is a word of <paramref name="kind"/> in place_government_words.tsv, bare or behind «و».</summary>
    private static bool HasWord(ArticleIndex index, int k, int sentence, Dictionary<string, HashSet<string>> words, string kind)
    {
        if (k < 0 || k >= index.Count || !words.TryGetValue(kind, out var set))
        {
            return false;
        }
        var t = index.Token(k);
        if (!t.IsWord || t.Sentence != sentence)
        {
            return false;
        }
        return set.Contains(t.Norm) || (t.Norm.Length > 2 && WawClitic.OpensWith(t.Norm) && set.Contains(t.Norm[1..]));
    }

    /// <summary>«وفي دمشق قالت مصادر»: the name behind a preposition word is where the speaker is.</summary>
    private static bool PrepositionBefore(ArticleIndex index, int k, int sentence) =>
        k >= 0 && index.Token(k) is { IsWord: true } t && t.Sentence == sentence && index.IsRole(k, "prep", true);
}
