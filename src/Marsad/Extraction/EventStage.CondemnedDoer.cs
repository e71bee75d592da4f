using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «أدان الرئيس الغارة الإسرائيلية», «دانت في بيان على موقعها الإلكتروني القصف التركي», «نددت السعودية "بالاعتداء"
/// الإسرائيلي»: a verb of condemning or describing whose object is a deed accuses the deed's doer (docs/annotation.md
/// §8: «when the condemned act has a known doer, actor2 is the doer»), and nobody when the deed names none (4.4: the
/// condemnation of an act whose doer is not named has actor2 null). The place the deed struck or the party it hit
/// («التفجيرات التي شهدها العراق», «الهجوم على مقر شرطة كركوك») is no accused, which the learned actor2 choice took
/// for want of a party after the verb; a party it took from another sentence may be the doer told there and stands.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between a verb of condemning (or its speaker after it) and the deed it takes as object («في بيان على موقعها الإلكتروني»).</summary>
    private const int CondemnedDeedReach = 8;

    /// <summary>Gives each condemnation of a deed the deed's doer, read once every doer rule has run, or no accused.</summary>
    private static void ApplyCondemnedDoers(ArticleIndex index, List<EventCandidate> triggers, List<EventCandidate> candidates)
    {
        foreach (var e in candidates)
        {
            if (e.Type != "ACCUSE" || CondemnedDeed(index, e, triggers) is not { } deed)
            {
                continue;
            }
            if ((deed.Actor1 ?? PartyOfDeed(index, deed)) is { } doer && !StateOrItsForces(doer.ActorId, e.Actor1?.ActorId) && !IsVagueTie(index, doer))
            {
                // «أدان الغارة الإسرائيلية»: the state the rules read already names the doer (ISR for ISR-MIL); either is the accused.
                e.Actor2 = ShownActor2(e) is { } shown && StateOrItsForces(shown.ActorId, doer.ActorId) ? shown : doer;
                e.ChosenActor2 = null;
            }
            else if (ShownActor2(e) is { } shown && StruckByDeed(index, deed, shown))
            {
                e.Actor2 = null;
                e.ChosenActor2 = null;
            }
        }
    }

    /// <summary>
    /// The violent deed a verb of condemning or describing takes as its object: the first trigger after the verb, or after
    /// its speaker named after it, within <see cref="CondemnedDeedReach"/> tokens of its sentence with no party before it
    /// (a party there is the object itself: «وصف الأسد بأنه قاتل»). A verb carrying its object as a pronoun
    /// («فيما وصفه رئيس الوزراء بأنه معركة») names the deed before it, and the trigger after it is the description.
    /// </summary>
    private static EventCandidate? CondemnedDeed(ArticleIndex index, EventCandidate e, List<EventCandidate> triggers)
    {
        if (e.Reading.Suffix > 0
            || (ActorRoleWords.At(index.Text, e.First, "condemn", true) is null && ActorRoleWords.At(index.Text, e.First, "describe", true) is null))
        {
            return null;
        }
        var sentence = index.SentenceOf(e.First);
        var from = e.Actor1 is { } speaker && speaker.First >= e.End && speaker.End <= sentence.End && speaker.First - e.End <= CondemnedDeedReach ? speaker.End : e.End;
        for (var k = from; k < Math.Min(sentence.End, from + CondemnedDeedReach); k++)
        {
            if (index.ActorAt(k) is not null)
            {
                return null;
            }
            if (index.IsTrigger(k))
            {
                var deed = triggers.Find(t => t.First == k);
                return deed is not null && EventTypes.IsLethalViolence(deed.Type) ? deed : null;
            }
        }
        return null;
    }

    /// <summary>The party right after the deed noun, past a quotation mark: its nisba or its genitive («بالاعتداء" الإسرائيلي», «هجوما إسرائيليا»).</summary>
    private static ActorHit? PartyOfDeed(ArticleIndex index, EventCandidate deed)
    {
        var k = deed.End;
        while (k < index.Count && index.Token(k).IsQuoteMark)
        {
            k++;
        }
        return k < index.Count && index.ActorAt(k) is { } a && a.First == k && a.ActorId is not ("CIV" or "PROTESTERS") ? a : null;
    }

    /// <summary>
    /// One party, or a state and its forces («FRA» and «FRA-MIL», «ISR» and «ISR-MIL»): a speaker's own side, or one accused
    /// told twice. Other ids under a state's prefix are parties of their own («LBN-HEZ», «EGY-OPP»).
    /// </summary>
    internal static bool StateOrItsForces(string party, string? other) =>
        other is not null
        && (string.Equals(party, other, StringComparison.Ordinal)
            || string.Equals(party, other + ForcesSuffix, StringComparison.Ordinal)
            || string.Equals(other, party + ForcesSuffix, StringComparison.Ordinal));

    /// <summary>The id suffix of a state's forces (SPEC actor ids: «ISR-MIL»).</summary>
    private const string ForcesSuffix = "-MIL";

    /// <summary>Tokens after the party within which a noun of responsibility makes it the one held responsible («محملا نظام الرئيس بشار الاسد "المسؤولية الكاملة"»).</summary>
    private const int HeldResponsibleReach = 6;

    /// <summary>
    /// The party is told after the deed noun in its sentence, with no verb of blaming or noun of responsibility on it: the
    /// deed's place, its target or its victims («التفجيرات التي وقعت في العراق»), not a doer the blame goes on to name.
    /// </summary>
    private static bool StruckByDeed(ArticleIndex index, EventCandidate deed, ActorHit party)
    {
        var sentence = index.SentenceOf(deed.First);
        if (party.First < deed.End || party.First >= sentence.End)
        {
            return false;
        }
        for (var k = deed.End; k < Math.Min(sentence.End, party.End + HeldResponsibleReach); k++)
        {
            if ((k < party.First && ActorRoleWords.At(index.Text, k, "accuse", true) is not null) || index.IsRole(k, "blame", true))
            {
                return false;
            }
        }
        return true;
    }
}
