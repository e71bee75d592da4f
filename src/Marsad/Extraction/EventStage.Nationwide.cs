using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «أوقفت الشرطة 251 شخصا في إطار حملة أطلقت الجمعة في كل أنحاء البلاد», «اعتقلت السلطات أكثر من
/// 1300 شخص إثر مداهمات أمنية في مختلف أنحاء البلاد»: a sweep of arrests its clause (up to another happening's: a joiner, a «، و» clause) spreads over
/// the whole country (a spreadover word of event_words.tsv, then a country word of event_words.tsv («البلاد», role homeland) or a country's name) is
/// coded at that country (SPEC §1, precision country), not at a town its clause does not name — a
/// town of the sentence before the sweep is told, the focus governorate. Only arrests: violent deeds
/// spread over a country are totals (<see cref="IsSpreadOverCountry"/>), and a country's protests an
/// optional remainder. «البلاد» is the arresting state's country, else that of the state an
/// actor of the sentence before the trigger names («وقال رئيس الوزراء التركي إن 297 شخصا
/// اعتقلوا»: an official's «البلاد» is his own), else the country of the sentence's place.
/// </summary>
public sealed partial class EventStage
{
    private static void PlaceNationwide(ArticleIndex index, EventCandidate e, Geo.DocumentFocus focus)
    {
        if (e.Type != "ARREST" || e.Route is not null || e.PlaceSource is "clause" or "doer")
        {
            return;
        }
        var sentence = index.SentenceOf(e.First);
        string? named = null;
        var found = false;
        var joiners = Geo.PlaceLexicon.Default.ClauseJoiners;
        for (var k = e.End; k < sentence.End && !found; k++)
        {
            // The sweep is the arrest's own up to a clause of another happening: «…، فيما تتواصل
            // الاحتجاجات في كل أنحاء البلاد», «…، واندلعت احتجاجات في كل أنحاء البلاد» spread the
            // protests. A comma before a circumstance («…، إثر مداهمات أمنية في مختلف أنحاء البلاد»)
            // and a relative verb of the campaign («حملة استهدفت …») are still the arrest's.
            var t = index.Token(k);
            if (Geo.PlaceClauses.IsJoiner(t, joiners) || (k > e.End && Geo.PlaceClauses.IsBreak(index.Token(k - 1)) && CoordinatedClause(t)))
            {
                break;
            }
            if (!t.IsWord || index.Role(k, "spreadover", true) is not { } m)
            {
                continue;
            }
            var j = m.End;
            // «في أنحاء مختلفة من البلاد».
            if (j < sentence.End && index.IsRole(j, "spreadof"))
            {
                j++;
            }
            if (index.PlaceAt(j) is { Mention.Precision: "country" } country)
            {
                (named, found) = (country.Mention.Country, true);
            }
            else if (j < sentence.End && index.IsRole(j, "homeland"))
            {
                found = true;
            }
        }
        if (!found)
        {
            return;
        }
        var at = named ?? StateOf(e.Actor1) ?? SentenceState(index, sentence.First, e.First)
            ?? (e.PlaceSource is "focus" or "none" ? null : e.Place?.Mention.Country);
        // With no state named and no place of the sentence, «البلاد» is left unread: the focus of an
        // article on Syria that quotes Turkey's prime minister is not where Turkey arrests.
        if (at is null || focus.CountryPlace(at) is not { } mention)
        {
            return;
        }
        PlaceInState(e, mention);
    }

    /// <summary>A word opening with the conjunction «و» as a clitic («واندلعت», «وأفاد»): after a comma, another happening's clause.</summary>
    private static bool CoordinatedClause(Text.Token t) => t.IsWord && WawClitic.OpensWith(t.Norm) && WawClitic.HasProclitic(t);

    /// <summary>The country of an actor named as one state's («السلطات التركية», «الجيش الكويتي»); a generic «الشرطة» takes the focus country's id and says nothing.</summary>
    private static string? StateOf(ActorHit? actor) =>
        actor is not null && actor.Entry?.IsNational != true ? ActorLexicon.CountryOf(actor.ActorId) : null;

    /// <summary>The state of the first actor of the span that names one (the speaker before the «أن» of the report).</summary>
    private static string? SentenceState(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (StateOf(index.ActorAt(k)) is { } state)
            {
                return state;
            }
        }
        return null;
    }
}
