namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>
    /// «وبالتزامن مع الاشتباكات», «اصيبوا في الهجوم»: a clash or attack noun with the article,
    /// no party named in its own clause, after a clash already kept in the article, takes that
    /// clash back; it tells no new one. The keep model scores such a word by the clash words
    /// around it, which the first telling shares (train and dev: six such nouns kept, none a core event).
    /// </summary>
    private static bool IsRetoldClash(ArticleIndex index, EventCandidate e, List<EventCandidate> kept)
    {
        if (e.Type != "ASSAULT" || e.Trigger.IsVerb || !(index.IsRole(e.First, "clash", true) || index.IsRole(e.First, "plainattack", true))
            || !IsDefinite(index.Token(e.First).Norm))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        if (Within(e.Actor1, clause) || Within(e.Actor2, clause))
        {
            return false;
        }
        foreach (var s in kept)
        {
            if (s.Type == "ASSAULT" && s.First < e.First)
            {
                return true;
            }
        }
        return false;
    }

    private static bool Within(Pipeline.ActorHit? actor, Text.TextUnit clause) =>
        actor is not null && actor.First >= clause.First && actor.First < clause.End;

    /// <summary>«الاشتباكات», «والمواجهات», «بالهجوم», «للهجوم»: the article behind the clitics و ف ب ل.</summary>
    private static bool IsDefinite(string norm)
    {
        var i = 0;
        if (i < norm.Length && norm[i] is 'و' or 'ف')
        {
            i++;
        }
        if (i + 1 < norm.Length && norm[i] == 'ل' && norm[i + 1] == 'ل')
        {
            return true;
        }
        if (i < norm.Length && norm[i] is 'ب' or 'ل' or 'ك')
        {
            i++;
        }
        return i + 1 < norm.Length && norm[i] == 'ا' && norm[i + 1] == 'ل';
    }
}
