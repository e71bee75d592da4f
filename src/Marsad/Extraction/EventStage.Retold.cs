namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>
    /// «وبالتزامن مع الاشتباكات», «اصيبوا في الهجوم»: a clash or attack noun with the article,
    /// no party named in its own clause, after a clash already kept in the article, at no other
    /// place of its own, takes that clash back; it tells no new one. An attack noun so placed after
    /// a kept bombing or killing takes that deed back. The keep model scores such a
    /// word by the clash words around it, which the first telling shares.
    /// </summary>
    private static bool IsRetoldClash(ArticleIndex index, EventCandidate e, List<EventCandidate> kept)
    {
        if (e.Type != "ASSAULT" || e.Trigger.IsVerb || !Text.DefiniteForm.IsDefinite(index.Token(e.First).Norm))
        {
            return false;
        }
        var attack = index.IsRole(e.First, "plainattack", true);
        if (!attack && !index.IsRole(e.First, "clash", true))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var party = Within(e.Actor1, clause) || Within(e.Actor2, clause);
        // After a bombing or a killing, «الهجوم» with no party after it names that deed
        // («و17 جريحا بينهم 11 عسكريا اصيبوا في الهجوم», «الهجوم الذي وقع في بلدة طوز خورماتو»): the
        // wounded or killed told before the noun are its victims, not the party of a new attack; the
        // doer or target of a new one follows the noun («الهجوم الذي شنه», «الهجوم على مقر»).
        var partyAfter = After(e.Actor1, e.First, clause) || After(e.Actor2, e.First, clause);
        // A place of its own other than the first telling's makes it a clash elsewhere («وتواصلت
        // الاشتباكات في حي جوبر»), which the coders take as a new event, unless its own time word
        // puts it before the first telling («وكانت الاشتباكات اندلعت في طرابلس الأربعاء الماضي»):
        // then it is that clash's background.
        var own = e.PlaceSource == "clause" ? e.Place?.Mention.Name : null;
        var last = LastKeptBefore(kept, e.First);
        foreach (var s in kept)
        {
            if (s.First >= e.First)
            {
                continue;
            }
            var samePlace = own is null || string.Equals(s.Place?.Mention.Name, own, StringComparison.Ordinal) || IsDatedBefore(e, s);
            if (s.Type == "ASSAULT" && !party && samePlace)
            {
                return true;
            }
            // «هاجم انتحاريان حمام سباحة في شمال العراق. وأسفر الهجوم الذي وقع في بلدة طوز
            // خورماتو»: the definite attack noun right after a bombing or killing names that deed
            // even where it gives a finer place of its own; a new attack would be told with its
            // doer or target, or without the article. Only the last deed kept, in the sentence
            // before or its own, is so named back.
            if (attack && !partyAfter && s.Type is "REMOTE" or "ATTACK_CIVILIANS"
                && (samePlace || (ReferenceEquals(s, last) && index.Text.Tokens[e.First].Sentence - index.Text.Tokens[s.First].Sentence <= 1)))
            {
                return true;
            }
        }
        return false;
    }

    private static EventCandidate? LastKeptBefore(List<EventCandidate> kept, int first)
    {
        EventCandidate? last = null;
        foreach (var s in kept)
        {
            if (s.First < first && (last is null || s.First > last.First))
            {
                last = s;
            }
        }
        return last;
    }

    private static bool After(Pipeline.ActorHit? actor, int first, Text.TextUnit clause) =>
        actor is not null && actor.First > first && actor.First < clause.End;

    private static bool IsDatedBefore(EventCandidate e, EventCandidate first) =>
        e.Date is { Text: not null, Value: { } value } && first.Date?.Value is { } before && string.CompareOrdinal(value, before) < 0;

    private static bool Within(Pipeline.ActorHit? actor, Text.TextUnit clause) =>
        actor is not null && actor.First >= clause.First && actor.First < clause.End;
}
