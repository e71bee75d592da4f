using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// «قتل ثلاثة مدنيين بينهم طالبان», «وهما طالبان في الجامعة»: «طالبان» is also the dual of «طالب», two students. A one-word
    /// name of namesake_actors.tsv is the actor's only where the article names one of its context actors (Afghanistan,
    /// Pakistan and their forces for the Taliban, or a place of their countries) or the actor by a longer name («حركة طالبان», «مقاتلي طالبان»); elsewhere
    /// it is the common word, and read as the movement it made two students killed in Syria the Taliban. «حزب العمال» is
    /// the PKK only where the article names Turkey's forces or the PKK by a longer name («حزب العمال الكردستاني»); «الدرك» is
    /// Turkey's gendarmerie only where the article names Turkey or a place of it.
    /// </summary>
    private static bool IsNamesakeOutOfContext(ExtractionContext article, IReadOnlyList<PhraseMatch<ActorEntry>> matches, PhraseMatch<ActorEntry> m, ActorEntry entry)
    {
        if (entry.Kind != "name" || NamesakeOf(entry.Id, m) is not { } context)
        {
            return false;
        }
        // «ولاية هلمند», «قندهار»: a place of a context state's country (national_actors.tsv) is its context as well.
        foreach (var place in article.Places)
        {
            if (context.Any(id => string.Equals(ActorLexicon.CountryOf(id), place.Mention.Country, StringComparison.Ordinal)))
            {
                return false;
            }
        }
        // A namesake never stands as its own context: «الدرك» is Turkey's gendarmerie where the article names Turkey, and
        // the word itself, read as TUR, would otherwise always say so.
        foreach (var other in matches)
        {
            foreach (var v in other.Values)
            {
                if ((context.Contains(v.Id) || v.Id == entry.Id) && NamesakeOf(v.Id, other) is null)
                {
                    return false;
                }
            }
        }
        return true;
    }

    /// <summary>
    /// «حزب العمال» alone is the PKK in news of Turkey and the British Labour party in news of Britain: a name of several words
    /// is a namesake by its whole phrase, a one-word name by its reading without clitics («لطالبان»).
    /// </summary>
    private static IReadOnlySet<string>? NamesakeOf(string id, PhraseMatch<ActorEntry> m) =>
        m.End - m.First == 1 ? NamesakeActors.ContextOf(id, m.FirstReading.Base) : NamesakeActors.ContextOf(id, m.Key);
}
