using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «دبي، الإمارات العربية المتحدة (CNN)-- نفى … إصابته في قصف للجيش السوري الحر على مناطق
/// لبنانية», «بيروت، لبنان (CNN)-- أكدت مصادر … أن طائرات حربية … قصفت عدة مواقع داخل الجانب
/// اللبناني», «عمان (رويترز) - … أغلقت المعبر الحدودي مع سوريا بسبب اشتباكات مستمرة هناك»: the
/// dateline says where the writer files from, not where a deed of force the body tells happened
/// (s29-placesite).
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// True when <paramref name="p"/> is the article's dateline standing at the head of the body and
    /// <paramref name="e"/> is a use of force: then the dateline is no candidate of its place, neither
    /// as a place told before the trigger nor as what «هناك», «المنطقة», «المدينة» refer back to, nor
    /// among the learned choice's options. The deed's place is the one its own words give, or none. A
    /// statement keeps it: the speaker speaks where the writer files from (a minister's condemnation
    /// coded at the Tehran dateline). So does a deed whose sentence names the writer's city again
    /// («بغداد (ا ف ب) - قتل 34 شخصا … في انفجار سيارات مفخخة … في بغداد»): the body puts it there itself.
    /// </summary>
    internal static bool FiledFrom(ArticleIndex index, EventCandidate e, PlaceHit p) =>
        p.First == 0 && EventTypes.IsUseOfForce(e.Type) && index.Context.IsDatelineAt(p.First, p.Span) && !NamedAgain(index, e, p);

    /// <summary>Whether the event's sentence names the dateline's place again, past the dateline itself.</summary>
    private static bool NamedAgain(ArticleIndex index, EventCandidate e, PlaceHit dateline)
    {
        var sentence = index.SentenceOf(e.First);
        for (var i = index.FirstPlaceFrom(Math.Max(sentence.First, dateline.End)); i < index.Places.Count && index.Places[i].First < sentence.End; i++)
        {
            var p = index.Places[i];
            if (p.First >= dateline.End && string.Equals(p.Mention.GazetteerId ?? p.Mention.Name, dateline.Mention.GazetteerId ?? dateline.Mention.Name, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
