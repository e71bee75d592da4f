using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>
    /// The state's or capital's name, with no clitic of its own, right after a noun of a place in its clause (event_words.tsv
    /// placehead: «ريف دمشق», «بريف دمشق», «محافظة بغداد», «مطار دمشق الدولي», «أحياء دمشق», «العاصمة دمشق»), or after such a
    /// noun and a nationality adjective («للعاصمة السورية دمشق»): the genitive or the apposition of a place, so a place itself.
    /// Read as the state, «في مدينة عدرا بريف دمشق» made the regime the topic of the sentence, and every clash and shelling
    /// told after it that named no side of its own took the regime as its doer (hand-read 07e M11, M35).
    /// </summary>
    private bool IsPlaceGenitive(AnalyzedText text, IReadOnlyList<PhraseMatch<ActorEntry>> matches, int i)
    {
        var m = matches[i];
        if (m.FirstReading.Prefix != 0)
        {
            return false;
        }
        var before = m.First - 1;
        // A nationality adjective of the place noun may stand between («العاصمة السورية دمشق»).
        if (i > 0 && matches[i - 1].End == m.First && Choose(matches[i - 1].Values).IsNisba)
        {
            before = matches[i - 1].First - 1;
        }
        return before >= 0 && text.Tokens[before].Clause == text.Tokens[m.First].Clause
            && words.Is(text, before, "placehead", allowClitics: true);
    }
}
