using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>Several speakers of one statement («أدانت واشنطن وباريس»): each its own accusation.</summary>
internal static partial class StatementRoles
{
    /// <summary>
    /// «وأدان رئيس الوزراء الإسرائيلي والبيت الأبيض والأمين العام للأمم المتحدة التصريحات»: each
    /// speaker joined to the first by «و» makes an accusation of their own (docs/annotation.md,
    /// "Different accusers are separate ACCUSEs"). The copies of a kept accusation, one per further speaker.
    /// </summary>
    public static IEnumerable<EventCandidate> CoSpeakers(ArticleIndex index, EventCandidate e, Persons persons)
    {
        if (e.Type != "ACCUSE" || !e.Trigger.IsVerb || e.Actor1 is not { } speaker || !e.Actor1IsLocal)
        {
            yield break;
        }
        // «أدان مبعوث الأمم المتحدة والجامعة العربية»: a party joined to the genitive of an office is the
        // office's second principal, not a second speaker.
        if (Words.At(index.Text, speaker.First, "title") is { } title && index.ActorAt(title.End) is { } principal
            && principal.First == title.End && !principal.IsNisba && principal.End == speaker.End)
        {
            yield break;
        }
        var clauseEnd = index.ClauseOf(e.First).End;
        var seen = new HashSet<string>(StringComparer.Ordinal) { speaker.ActorId };
        if (e.Actor2 is { } blamed)
        {
            seen.Add(blamed.ActorId);
        }
        var k = speaker.End;
        while (k < clauseEnd && (k < e.First || k >= e.End) && JoinedByAnd(index, k))
        {
            var next = CoSpeakerAt(index, k, clauseEnd, persons);
            if (next is null || !seen.Add(next.ActorId))
            {
                yield break;
            }
            yield return new EventCandidate(e.First, e.End, e.Trigger, e.Reading)
            {
                Alternatives = e.Alternatives,
                CutsRoad = e.CutsRoad,
                Modality = e.Modality,
                ModalityCue = e.ModalityCue,
                Actor1 = next,
                Actor1IsLocal = true,
                Actor2 = e.Actor2,
                Place = e.Place,
                PlaceToken = e.PlaceToken,
                PlaceSource = e.PlaceSource,
                Date = e.Date,
                Attribution = e.Attribution,
                Confidence = e.Confidence,
            };
            k = next.End;
        }
    }

    /// <summary>
    /// The ids of the parties joined by «و» to the speaker of accusation <paramref name="e"/> after it
    /// («وأدان رئيس الوزراء الإسرائيلي والبيت الأبيض … التصريحات»): speakers of their own, or the second
    /// principal of the speaker's office, never the accused, so never the actor2 shown (null: none).
    /// </summary>
    public static HashSet<string>? CoSpeakerIds(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ACCUSE" || !e.Trigger.IsVerb || e.Actor1 is not { } speaker || !e.Actor1IsLocal)
        {
            return null;
        }
        HashSet<string>? ids = null;
        var clauseEnd = index.ClauseOf(e.First).End;
        for (var k = speaker.End; k < clauseEnd && (k < e.First || k >= e.End) && JoinedByAnd(index, k);)
        {
            if (index.ActorAt(k) is not { } next || next.First != k || next.IsNisba || next.ActorId == speaker.ActorId)
            {
                break;
            }
            (ids ??= new HashSet<string>(StringComparer.Ordinal)).Add(next.ActorId);
            k = next.End;
        }
        return ids;
    }

    /// <summary>
    /// Whether the token at <paramref name="k"/> carries the conjunction «و» («والإدارة الأمريكية»): «وزير» and
    /// «واشنطن» begin with the letter, and read as joined they made the blamed party or the object's office a
    /// second speaker («واتهم الأسد وزير الخارجية الأميركي» gave an accusation by the USA).
    /// </summary>
    private static bool JoinedByAnd(ArticleIndex index, int k)
    {
        if (!index.Token(k).Norm.StartsWith('و'))
        {
            return false;
        }
        if (index.ActorAt(k) is { } a && a.First == k)
        {
            return a.Clitics.StartsWith('و');
        }
        return Words.At(index.Text, k, "title") is null;
    }

    /// <summary>The speaker that a «و» at <paramref name="k"/> joins: a party, a known person or an office with its party.</summary>
    private static ActorHit? CoSpeakerAt(ArticleIndex index, int k, int clauseEnd, Persons persons)
    {
        if (index.ActorAt(k) is { } a && a.First == k && !a.IsNisba)
        {
            return a;
        }
        return PersonStartingAt(index, k, clauseEnd, persons) ?? SpeakerAfterTitle(index, k, clauseEnd, persons);
    }
}
