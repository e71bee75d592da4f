using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>
    /// The countries of the deed a claim claims: those of the places its own sentence names and of the deeds it tells
    /// («تبنى التنظيم تدمير غرفة عمليات في شمال سوريا» claims a deed in Syria). Empty when the sentence places nothing.
    /// </summary>
    private static HashSet<string> ClaimedCountries(ArticleIndex index, List<EventCandidate> events, TextUnit sentence)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        for (var p = index.FirstPlaceFrom(sentence.First); p < index.Places.Count && index.Places[p].First < sentence.End; p++)
        {
            if (index.Places[p].Mention.Country is { } country)
            {
                countries.Add(country);
            }
        }
        foreach (var e in events)
        {
            if (e.First >= sentence.First && e.First < sentence.End && e.Place?.Mention.Country is { } country)
            {
                countries.Add(country);
            }
        }
        return countries;
    }

    /// <summary>
    /// A claim names the doer of the deed it claims, not of every attack of the article: a deed told in another paragraph
    /// and placed in a country the claim's deed is not in is another happening («تبنى التنظيم تدمير غرفة عمليات في شمال
    /// سوريا», then «أحرق مجهولون حافلة في إزمير» on the same day in Turkey keeps its unknown doers). Within the claim's
    /// paragraph, or with no country on either side, the claim reaches as before.
    /// </summary>
    private static bool WithinClaimReach(EventCandidate e, TextUnit paragraph, HashSet<string> claimedCountries) =>
        (e.First >= paragraph.First && e.First < paragraph.End)
        || claimedCountries.Count == 0
        || e.Place?.Mention.Country is not { } country
        || claimedCountries.Contains(country);

    /// <summary>
    /// «تبنى مجلس الأمن بيانا», «المواقف التي تبنتها أنقرة»: a state or a body (actors.tsv class state, body) that «تبنى»
    /// adopts a text or a stand; it claims no attack. Groups, forces and militias claim (docs/annotation.md 4.5).
    /// </summary>
    private static bool AdoptsOnly(ActorHit claimant) => claimant.Entry?.Class is "state" or "body";
}
