using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// «المتهمين بتفجير مسجد الإمام الصادق», «بعد إدانته بانضمامه لتنظيم داعش», «بتهمة قتل جندي»: a deed named as
/// the charge of a defendant, a conviction or an arrest is what a court or a prosecution holds against someone,
/// told at a trial or a sentence, not a happening the article reports (docs/annotation.md, decisions of
/// 2026-12-02: court steps are optional ARREST at most; the deed charged is months back or never told as news).
/// The keep model reads the deed's own words (a joining, a bombing) and kept such charges on the pool.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>The clitic preposition a charge takes its deed behind (event_words role chargeprep), read once: asked of every candidate.</summary>
    private static readonly char ChargePrep = WordRoles.EventWords.WordsOf("chargeprep").First()[0];

    /// <summary>The clitic that links a charge's step to a verbal noun of its deed (the one-letter row of role chargelink), read once.</summary>
    private static readonly char ChargeLinkClitic = WordRoles.EventWords.WordsOf("chargelink").First(w => w.Length == 1)[0];

    /// <summary>
    /// True when the word right before the trigger is a charge whose genitive the deed is («بتهمة»: role chargeof),
    /// or a charge that takes its deed behind «ب» («المتهم», «إدانته»: role charge) stands one or two words before
    /// the trigger carrying that «ب».
    /// </summary>
    private static bool IsCharged(ArticleIndex index, EventCandidate e)
    {
        if (e.First == 0 || !index.Token(e.First - 1).IsWord || index.Text.Tokens[e.First - 1].Sentence != index.Text.Tokens[e.First].Sentence)
        {
            return false;
        }
        if (index.IsRole(e.First - 1, "chargeof", true) || IsChargedThroughStep(index, e))
        {
            return true;
        }
        var norm = index.Token(e.First).Norm;
        if (!norm.AsSpan(0, Math.Min(e.Reading.Prefix, norm.Length)).Contains(ChargePrep))
        {
            return false;
        }
        // «إدانة مواطن بالانضمام», «المتهمين الثلاثة بتفجير»: the defendant or a word of him may stand between.
        return index.IsRole(e.First - 1, "charge", true)
            || (e.First > 1 && index.Token(e.First - 2).IsWord && index.IsRole(e.First - 2, "charge", true)
                && index.Token(e.First - 1).Norm is { Length: > 0 } between && between[0] != ChargePrep);
    }

    /// <summary>Words a charge may govern before its deed: the noun of planning or taking part, its link, and the deed noun an adjective trigger follows («التخطيط لتنفيذ هجمات انتحارية»).</summary>
    private const int ChargeStepReach = 4;

    /// <summary>
    /// «قدموا للمحاكمة بتهمة التخطيط لتنفيذ هجمات انتحارية», «المتهم بمحاولة اغتيال», «بتهمة المشاركة في عملية»: a charge
    /// that governs a noun of planning, attempting or taking part (role chargestep) charges the deed that noun governs,
    /// through «في» or a «ل» verbal noun; the court holds the plan against the defendants, no attack was told. Every word
    /// between the charge and the trigger must be the step, its link, or the deed noun right before an adjective trigger
    /// («هجمات انتحارية»: the adjective is charged with its noun).
    /// </summary>
    private static bool IsChargedThroughStep(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.Token(e.First).Sentence;
        var headNoun = false;
        for (var k = e.First - 1; k >= Math.Max(1, e.First - ChargeStepReach); k--)
        {
            var t = index.Token(k);
            if (!t.IsWord || t.Sentence != sentence)
            {
                return false;
            }
            if (headNoun && k == e.First - 2 && index.IsRole(k, "chargeof", true))
            {
                return true;
            }
            if (index.IsRole(k, "chargestep", true))
            {
                var before = k - 1;
                return index.Token(before).IsWord && index.Token(before).Sentence == sentence
                    && (index.IsRole(before, "chargeof", true)
                        || (index.IsRole(before, "charge", true) && t.Norm.Length > 0 && t.Norm[0] == ChargePrep));
            }
            if (k == e.First - 1 && index.IsTrigger(k))
            {
                headNoun = true;
                continue;
            }
            if (!IsChargeLink(index, k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «في», «لتنفيذ», «للقيام», «لعمليات»: the link from a charge's step to its deed, «في» alone or a verbal noun of carrying
    /// out behind the clitic «ل» (roles chargelink and chargeact). A word that merely opens with that letter («لدى اعتقالهم», «لبنان») links nothing.
    /// </summary>
    private static bool IsChargeLink(ArticleIndex index, int k)
    {
        var norm = index.Token(k).Norm;
        if (norm.Length > 1 && index.Words.IsWholeWord(norm, "chargelink"))
        {
            return true;
        }
        return norm.Length > 1 && norm[0] == ChargeLinkClitic
            && index.Role(k, "chargeact", true) is { FirstReading.Prefix: > 0 } link && link.First == k && link.End == k + 1;
    }
}
