using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «حيث اتهم النظام السوري في اتصال مع قناة أنه وراء العملية», «واتهمت الحكومة أمس بتسليح المسلحين»:
/// «اتهم» takes an object, so a lone party between the verb and the charge is that object, the accused, and
/// the subject is the verb's pronoun (the speaker told before) or the verb is passive. Only a second party,
/// an office or a person's title standing before the charge («اتهمت روسيا في بيان المعارضة بقصف») makes the
/// first one the subject (VSO); so does any word other than a light word or a preposition and its noun.
/// </summary>
internal static partial class StatementRoles
{
    /// <summary>Words read past the lone party for its charge.</summary>
    private const int LoneChargeWindow = 8;

    /// <summary>True when a charge («ب» + deed or charge word, «بأن», «أنه») follows the party with no other party or office before it.</summary>
    private static bool LoneBeforeCharge(ArticleIndex index, ActorHit party)
    {
        var sentence = index.SentenceOf(party.First);
        var words = 0;
        var afterPrep = false;
        for (var k = party.End; k < sentence.End && words < LoneChargeWindow; k++)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                continue;
            }
            words++;
            if (EventStage.IsChargeOrContent(index, k) || t.Norm is "ان" or "انه" or "انها" or "انهم")
            {
                return true;
            }
            // Only light words, a preposition and the one noun it governs («في اتصال مع قناة») may stand between: any
            // other word may be the object itself («واتهمت السلطات التنظيمين بالوقوف وراءها»), making the party the subject.
            var governed = afterPrep;
            afterPrep = index.IsRole(k, "prep", true);
            if (index.ActorAt(k) is not null || index.IsTrigger(k) || !(afterPrep || governed || index.IsRole(k, "skip", true)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A verb of accusing («اتهم», «يتهم») with no object pronoun on it: its object is still to come.</summary>
    private static bool AccusesWithoutObject(ArticleIndex index, EventCandidate e) =>
        WordRoles.ActorRoles.At(index.Text, e.First, "accuse", true) is { } verb && verb.First == e.First
        && index.Token(e.First).Segmentations.Any(r => r.Suffix == 0 && WordRoles.ActorRoles.IsWholeWord(r.Base, "accuse"));

    /// <summary>
    /// The lone party is the accused; the speaker is the one the verb shares with the saying before it
    /// («وبحسب المنسق … فإن …، حيث اتهم»), else the doer already chosen when it stands outside the verb's clause
    /// and is not the accused, else unknown.
    /// </summary>
    private static void ApplyLoneObject(ArticleIndex index, EventCandidate e, Persons persons, ActorHit accused)
    {
        var clause = index.ClauseOf(e.First);
        var speaker = SharedSpeaker(index, e.First, persons);
        if (speaker is null && e.Actor1 is { } chosen && (chosen.First < clause.First || chosen.First >= clause.End))
        {
            speaker = chosen;
        }
        if (speaker is not null && string.Equals(speaker.ActorId, accused.ActorId, StringComparison.Ordinal))
        {
            speaker = null;
        }
        e.Actor1 = speaker;
        e.Actor1IsLocal = speaker is not null;
        e.Actor2 = accused;
    }
}
