namespace Marsad.Extraction;

/// <summary>
/// «قتل 23 شخصا واصيب العشرات في هجمات متفرقة في بغداد ومناطق محيطة بها بينها تفجير سيارة مفخخة في الشعلة»,
/// «قتل 53 مسلحا وجنديا في هجمات متفرقة بالعراق», «مقتل ثلاثة في اشتباكات متفرقة بمحافظتي نينوى وكركوك»: dead
/// counted over deeds told as scattered are the day's roll-up of several happenings, not one (docs/annotation.md 4.2:
/// the itemised deeds are the events). The adjective «متفرقة» (event_words role scattered) agrees only with a plural
/// of deeds, so the noun it follows is a series whatever place it is told at: a city, the places around it, a
/// country. A toll is asked for: «اشتباكات متفرقة في حي جوبر» with no dead counted is fighting going on at one
/// place (4.3), which stays with the keep model; «مناطق متفرقة من بغداد» spreads places, not deeds, and is not read.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Words after the deed noun where its «متفرقة» may stand, past an adjective or two («هجمات مسلحة متفرقة»).</summary>
    private const int ScatteredReach = 3;

    private static bool IsScatteredSeries(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || e.Trigger.IsVerb || e.FatalitySource is null)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = e.End; k < Math.Min(sentence.End, e.End + ScatteredReach); k++)
        {
            // «سلسلة انفجارات في مناطق متفرقة من مدينة الصدر»: past a preposition the adjective spreads places, not deeds.
            if (!index.Token(k).IsWord || index.IsRole(k, "prep", true) || OpensWithPreposition(index, k)
                || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (index.IsRole(k, "scattered"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after the trigger where the spread of its object may stand: its doer, a preposition and the spread («قصف النظام على مواقع عدة»).</summary>
    private const int SpreadObjectReach = 4;

    /// <summary>
    /// «مع تواصل قصف النظام على مواقع عدة», «وشن الطيران غارات على مناطق متفرقة»: a strike or a fight whose object is spread
    /// over unnamed sites, with no place named after them in its clause, is the day's roll-up of the deeds the article
    /// itemises elsewhere (docs/annotation.md 4.2; 2026-12-02: strikes with no place are a total). The place a candidate
    /// borrows from the rest of its sentence, its paragraph or the focus is not its own; «قصف أحياء عدة في درعا» and
    /// «مناطق عدة منها دوما» name the place and stay.
    /// </summary>
    private static bool IsSpreadUnplaced(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || e.PlaceSource is not ("clause" or "sentence" or "paragraph" or "title" or "focus" or "none"))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var joiners = Geo.PlaceLexicon.Default.ClauseJoiners;
        for (var k = e.End; k < Math.Min(clause.End, e.End + SpreadObjectReach); k++)
        {
            if (!index.Token(k).IsWord || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (index.Role(k, "spreadover", true) is not { } m)
            {
                continue;
            }
            for (var j = m.End; j < clause.End; j++)
            {
                // «قتل عشرات المدنيين في قصف بمناطق مختلفة، بينما عثر بحلب على جثث»: a comma and a joiner open another
                // happening's clause; its places are not the spread deed's, and a place the candidate took there is none of its own.
                if (j > m.End && Geo.PlaceClauses.IsBreak(index.Token(j - 1)) && Geo.PlaceClauses.IsJoiner(index.Token(j), joiners))
                {
                    return e.PlaceSource != "clause" || e.Place is { } p && p.First > j;
                }
                if (index.PlaceAt(j) is not null || index.IsTrigger(j))
                {
                    return false;
                }
            }
            // The clause ends at its comma; a place taken past it, behind a joiner, is that other happening's.
            return e.PlaceSource != "clause"
                || e.Place is { } q && q.First >= clause.End && Geo.PlaceClauses.JoinerBetween(index.Text.Tokens, clause.End - 1, q.First, joiners);
        }
        return false;
    }
}
