namespace Marsad.Extraction;

/// <summary>
/// SUPPORT wordings that name no act of support in the news time: the kind of a site or programme, the
/// outcome a state of things helped towards, and support asked for or banned (s23-support). The keep model
/// has too few SUPPORT rows to learn them (dev: 1 right against 7 false events at 0.21–0.55), and each
/// reads as strong support words to it.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens back from a word of demanding or banning to the verbal noun of support it governs («مطالبين العالم بتسليح»).</summary>
    private const int DemandWindow = 6;

    /// <summary>
    /// «استهدف مركز تدريب لداعش», «تستخدمها داعش كمخيمات تدريب», «برنامج المساعدات العسكرية الأمريكية»: a
    /// verbal noun of support with no clitic but the article right after a noun of a site or programme is that noun's
    /// genitive, what the site or programme is for; neither train nor dev codes one.
    /// </summary>
    private static bool IsSupportSite(ArticleIndex index, EventCandidate e) =>
        e.Type == "SUPPORT" && !e.Trigger.IsVerb && e.First > 0 && index.Token(e.First - 1).IsWord
        && index.Token(e.First).Norm.AsSpan(0, e.Reading.Prefix) is { Length: 0 } or "ال"
        && (index.IsRole(e.First - 1, "facility", true) || index.IsRole(e.First - 1, "supportsite", true));

    /// <summary>
    /// «الأمر الذي ساعد عناصر التنظيم على التنقل», «مما ساعد القوات على تغيير دفة الحرب»: a verb of support
    /// whose subject is a clause of consequence tells what a state of things helped, and «سيساعد على خلق منطقة
    /// آمنة», «ساعد في ملء خزائنه» with the preposition right after the verb, no object, names the outcome
    /// helped towards, no party helped. A party helped stands right after the verb («تركيا تساعد تنظيم داعش»),
    /// or as its pronoun («سلحوه»).
    /// </summary>
    private static bool IsHelpToOutcome(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "SUPPORT" || !e.Trigger.IsVerb)
        {
            return false;
        }
        // Only a verb whose party is its direct object (no preposition for actor2 in triggers.tsv): «انشقوا في
        // واقعتين», «انضم إلى» take their side behind a preposition, and a preposition after them is no outcome.
        // «زودت في الأشهر الماضية المعارضة», «دعمت على مدى سنوات الفصائل»: an adverbial phrase may stand before
        // the object of any other verb of support, so only a verb of helping (role help) names an outcome so.
        if (e.Trigger.Actor2Prep is null && e.Reading.Suffix == 0 && index.IsRole(e.End, "helpto") && index.IsRole(e.First, "help", true))
        {
            return true;
        }
        for (var k = Math.Max(0, e.First - 3); k < e.First; k++)
        {
            if (index.Role(k, "outcome", true) is { } outcome && outcome.End == e.First)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «مطالبين العالم بتسليح الجيش الحر», «دعا سفور إلى تسليح المقاتلين», «الحظر الذي يفرضه الاتحاد الأوروبي على
    /// تسليح مقاتلي المعارضة»: a verbal noun of support a few words after a word of demanding, calling for or
    /// banning is what is asked for or banned, no act (calls for action are no events, docs/annotation.md 4.4).
    /// The walk stops at punctuation or another trigger, which a demand before it governs instead.
    /// </summary>
    private static bool IsDemandedSupport(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "SUPPORT" || e.Trigger.IsVerb)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - DemandWindow); k--)
        {
            if (!index.Token(k).IsWord || index.IsTrigger(k))
            {
                return false;
            }
            if (index.IsRole(k, "demand", true))
            {
                return true;
            }
        }
        return false;
    }
}
