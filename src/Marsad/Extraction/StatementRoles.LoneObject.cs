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

    /// <summary>The party named right after the verb, past light words and quote marks: no nationality adjective, none behind a preposition.</summary>
    private static ActorHit? PartyAfterVerb(ArticleIndex index, int from, int clauseEnd)
    {
        var k = from;
        while (k < clauseEnd && (index.IsRole(k, "skip", true) || index.Token(k).IsQuoteMark))
        {
            k++;
        }
        return k >= clauseEnd || index.ActorAt(k) is not { } a || a.First != k || a.IsNisba || a.Clitics.Length > 0 || index.IsPrepositionBefore(a) ? null : a;
    }

    /// <summary>
    /// True when the next word after the party is a charge («بتنفيذ», a trigger in «ب»). Right after «اتهم» and its
    /// party, the slot «ب» fills is the charge's (<paramref name="anyInBa"/>: «بدعم», «بالتقصير»), unless the word in
    /// «ب» is a party, a place or a light word («بريطانيا», «بمكة», «بعد»).
    /// </summary>
    private static bool ChargeRightAfter(ArticleIndex index, ActorHit party, int clauseEnd, bool anyInBa)
    {
        var next = party.End;
        while (next < clauseEnd && !index.Token(next).IsWord)
        {
            next++;
        }
        if (next >= clauseEnd)
        {
            return false;
        }
        if (EventStage.IsChargeOrContent(index, next))
        {
            return true;
        }
        var t = index.Token(next);
        return anyInBa && t.Norm.Length > 3 && t.Norm[0] == 'ب' && index.ActorAt(next) is null && index.PlaceAt(next) is null
            && !index.IsRole(next, "skip", true) && !index.IsRole(next, "prep", true);
    }

    /// <summary>A verb of accusing («اتهم», «يتهم») with no object pronoun on it: its object is still to come.</summary>
    private static bool AccusesWithoutObject(ArticleIndex index, EventCandidate e) =>
        WordRoles.ActorRoles.At(index.Text, e.First, "accuse", true) is { } verb && verb.First == e.First
        && index.Token(e.First).Segmentations.Any(r => r.Suffix == 0 && WordRoles.ActorRoles.IsWholeWord(r.Base, "accuse"));

    /// <summary>
    /// The party the charge follows at once is the accused; the speaker is the subject of the verb it is joined to or
    /// the apposed name before it («ودان الوزير …، واتهم واشنطن بدعم»), else the lone object's speaker.
    /// </summary>
    private static void ApplyCharged(ArticleIndex index, EventCandidate e, Persons persons, ActorHit accused)
    {
        var clause = index.ClauseOf(e.First);
        if ((ContinuedSpeaker(index, e, persons) ?? ApposedSpeaker(index, e.First, clause.First, persons)) is { } told
            && !string.Equals(told.ActorId, accused.ActorId, StringComparison.Ordinal))
        {
            e.Actor1 = told;
            e.Actor1IsLocal = true;
            e.Actor2 = accused;
            return;
        }
        ApplyLoneObject(index, e, persons, accused);
    }

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
