using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// Rules on the doer after the learned choice, each on a construction the grammar settles and the
/// choice (which scores each mention on its own) cannot see: a relative clause names its doer before
/// «التي» («القوات النظامية التي قصفت»); the one who repels an attack is not its doer («صد المقاتلون
/// محاولة لاقتحام البلدة من القوات»); a shell that fell or a bomb that went off names its doer after
/// itself or not at all («قذيفة هاون سقطت …», «قذيفة أطلقها …») (docs/annotation.md 6.3). They run
/// after both choices, in every mode. A fourth rule, that a clash noun takes no side from another
/// paragraph, was taken out in s14-nobody: with the rules' doer (no actor1 model shipped) it cleared
/// more sides the coders took from the paragraph before than roundup sides (docs/events.md).
/// </summary>
public sealed partial class EventStage
{
    private void ApplyDoerRules(ArticleIndex index, EventCandidate e, List<Offensive>? offensives = null)
    {
        var (before1, before2) = (e.Actor1?.ActorId, e.Actor2?.ActorId);
        var rule = "";
        if (RelativeDoer(index, e) is { } antecedent)
        {
            SetDoer(index, e, antecedent);
            rule = "relative";
        }
        else if (LaunchedDoer(index, e) is { } launcher)
        {
            SetDoer(index, e, launcher);
            rule = "launched";
        }
        else if (CommittedDoer(index, e) is { } committer)
        {
            SetDoer(index, e, committer);
            rule = "committed";
        }
        else if (ExecutedDoer(index, e) is { } executor)
        {
            SetDoer(index, e, executor);
            rule = "executed";
        }
        else if (AttributedDoer(index, e) is { } alleged)
        {
            SetDoer(index, e, alleged);
            rule = "attributed";
        }
        else if (ProvokedDoer(index, e) is { } attacker)
        {
            var defender = e.Actor1;
            SetDoer(index, e, attacker);
            e.Actor2 ??= defender;
            rule = "provoked";
        }
        else if (AttemptedDoer(index, e) is var assailant && (assailant ?? AttemptNounPronounDoer(index, e)) is { } trier)
        {
            var defender = e.Actor1;
            SetDoer(index, e, trier);
            // The side read before is the one attacked: it displaces a third party the rules had for actor2.
            e.Actor2 = defender ?? e.Actor2;
            rule = assailant is not null ? "attempted" : "attemptnoun";
        }
        else if (FramedAttacker(index, e, offensives) is { } framed)
        {
            SetDoer(index, e, framed.Attacker);
            e.Actor2 = framed.Attacked;
            rule = "framed";
        }
        else if (TakesOwnSite(index, e))
        {
            GiveSiteToEnemy(index, e);
            rule = "ownsite";
        }
        else
        {
            if (Repelled(index, e))
            {
                rule = "repelled";
            }
            if (e.Actor1 is { } doer && FellWithoutDoer(index, e, doer))
            {
                SetDoer(index, e, null);
                rule += "fell";
            }
        }
        if (TraceChoices && (before1 != e.Actor1?.ActorId || before2 != e.Actor2?.ActorId))
        {
            Console.Error.WriteLine($"trace: doer rule {rule} «{index.Text.TextOf(e.First, e.End)}» {before1 ?? "-"}/{before2 ?? "-"} -> {e.Actor1?.ActorId ?? "-"}/{e.Actor2?.ActorId ?? "-"} in «{index.Text.TextOf(index.SentenceOf(e.First).First, index.SentenceOf(e.First).End)}»");
        }
    }

    private static void SetDoer(ArticleIndex index, EventCandidate e, ActorHit? doer)
    {
        e.Actor1 = doer is null ? null : ActorLinker.ArmedFormFor(index, e, doer);
        e.Actor1IsLocal = doer is not null && index.Token(doer.First).Clause == index.Token(e.First).Clause;
        if (doer is not null && string.Equals(e.Actor2?.ActorId, doer.ActorId, StringComparison.Ordinal))
        {
            e.Actor2 = null;
        }
    }

    /// <summary>
    /// «القوات النظامية التي قصفت بلدات»: a verb right after a relative pronoun has for subject the
    /// armed actor the pronoun follows (a nationality adjective may stand between). Killing verbs
    /// («الجنود الذين قتلوا») read as passives as often, so they are left to the choice, as are arrests
    /// and sieges («الذين اعتقلوا», «حوصروا») and civilians, who do no deed of these types.
    /// </summary>
    private static ActorHit? RelativeDoer(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || !EventTypes.IsMilitaryOperation(e.Type) || e.First < 2 || !index.IsRole(e.First - 1, "relative")
            || FatalityFinder.Default.IsKillingWordAt(index.Text, e.First))
        {
            return null;
        }
        // The actor over the word before the pronoun; a nationality adjective there («القوات النظامية السورية التي») qualifies the name before it.
        var antecedent = index.ActorAt(e.First - 2);
        if (antecedent is { IsNisba: true } && antecedent.First > 0 && index.ActorAt(antecedent.First - 1) is { } head)
        {
            antecedent = head;
        }
        return antecedent is { IsArmed: true, IsNisba: false } ? antecedent : null;
    }

    /// <summary>Tokens a repelling word may stand before the deed it repels: «صد محاولة لاقتحام» puts one between.</summary>
    private const int RepelReach = 3;

    /// <summary>
    /// «صد المقاتلون محاولة لاقتحام البلدة من القوات», «تصدت وحدات الجيش لهجوم»: the one who
    /// repels is the attack's target, not its doer (the train and dev gold code all six repelled attacks
    /// so). A doer the choice read before the deed in its sentence, or the subject of a repelling
    /// trigger («تصدى»), gives way to the attacker named after the deed in its clause (a genitive, or
    /// behind «من» or «ل»), or to none, and becomes the target when none is read.
    /// </summary>
    private static bool Repelled(ArticleIndex index, EventCandidate e)
    {
        var held = EventTypes.IsArmedEngagement(e.Type) || e.Type == "CAPTURE" ? RepelledBefore(index, e) : null;
        if (!(EventTypes.IsArmedEngagement(e.Type) || e.Type == "CAPTURE") || !(IsRepelled(index, e) || held is not null))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var attemptAt = AttemptNounOf(index, e);
        var attacker = AttackerAfter(index, e, clause.End) ?? held ?? (attemptAt >= 0 ? AttemptNounDoer(index, attemptAt) : null);
        // «دمر الجيش الحر دبابة لقوات النظام بعد محاولة فاشلة لاقتحام الحي»: an attempt that failed names no one who tried
        // it; the side the repeller's deed was done to, named between the repeller and the attempt, is the one that tried.
        if (attacker is null && e.Actor1 is { } repellerSide && FailedAttempt(index, e, attemptAt))
        {
            attacker = OtherSideBefore(index, repellerSide, attemptAt);
        }
        // «تصدت الكتائب للتنظيم»: the target a repelling trigger read after itself is the one repelled, the attacker.
        if (attacker is null && index.IsRole(e.First, "repel", true) && e.Actor2 is { } repelled && repelled.First >= e.End && repelled.First < clause.End)
        {
            attacker = repelled;
        }
        if (e.Actor1 is not { } doer || (attacker is not null && string.Equals(doer.ActorId, attacker.ActorId, StringComparison.Ordinal)))
        {
            if (e.Actor1 is null && attacker is not null)
            {
                SetDoer(index, e, attacker);
                return true;
            }
            return false;
        }
        // «تصدت لمجموعة مسلحة هاجمت»: the party whose relative clause the deed is did it; it is the one repelled.
        if (ReferenceEquals(ActorLinker.RelativeSubject(index, e), doer))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var repeller = (doer.End <= e.First && doer.First >= sentence.First) || (index.IsRole(e.First, "repel", true) && doer.First >= e.End && doer.First < clause.End);
        if (!repeller)
        {
            return false;
        }
        SetDoer(index, e, attacker);
        if (e.Actor2 is null || (attacker is not null && string.Equals(e.Actor2.ActorId, attacker.ActorId, StringComparison.Ordinal)))
        {
            e.Actor2 = doer;
        }
        return true;
    }

    /// <summary>Tokens between the party a repelling verb takes and the deed of its relative clause: «تصدت لانتحاري يقود سيارة مفخخة حاول اقتحام» puts five.</summary>
    private const int RepelledPartyReach = 6;

    /// <summary>
    /// «قوة من الجيش تصدت لانتحاري يقود سيارة مفخخة حاول اقتحام ثكنة»: the party a repelling verb takes behind ل, before the
    /// deed in the clause, is the one who tried the deed: its attacker, whatever stands between.
    /// </summary>
    private static ActorHit? RepelledBefore(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = Math.Max(clause.First, e.First - RepelledPartyReach - 2); k < e.First - 1; k++)
        {
            if (index.IsRole(k, "repel", true) && index.ActorAt(k + 1) is { IsNisba: false, IsArmed: true } party && party.First == k + 1
                && party.Clitics.Contains('ل', StringComparison.Ordinal) && party.End <= e.First && e.First - party.End <= RepelledPartyReach)
            {
                return party;
            }
        }
        return null;
    }

    /// <summary>The trigger is itself a repelling word («تصدى», «صد هجوما»), or one stands a few words before it in its clause.</summary>
    private static bool IsRepelled(ArticleIndex index, EventCandidate e) =>
        index.IsRole(e.First, "repel", true) || HasRole(index, Math.Max(index.ClauseOf(e.First).First, e.First - RepelReach), e.First, "repel")
        || RepelledAttempt(index, e);

    /// <summary>
    /// «صدوا محاولات من الجيش للسيطرة على الحي», «بعد محاولة فاشلة لاقتحام الحي»: the attempt noun governing the deed
    /// stands a few words after a repelling word, or says the attempt failed; its doer phrase may put the repelling word
    /// beyond <see cref="RepelReach"/> of the deed.
    /// </summary>
    private static bool RepelledAttempt(ArticleIndex index, EventCandidate e) =>
        AttemptNounOf(index, e) is var k and >= 0
        && (FailedAttempt(index, e, k) || HasRole(index, Math.Max(index.ClauseOf(e.First).First, k - RepelReach), k, "repel"));

    /// <summary>How far after the deed its attacker may be named: «لاقتحام بلدة الحراك في ريف درعا من القوات» puts six words between.</summary>
    private const int AttackerReach = 8;

    /// <summary>The attacker named after the deed in its clause: its genitive («هجوم التنظيم»), or an armed actor behind «من», «ل» or «قبل».</summary>
    private static ActorHit? AttackerAfter(ArticleIndex index, EventCandidate e, int clauseEnd)
    {
        var to = Math.Min(clauseEnd, e.End + AttackerReach);
        for (var i = index.FirstActorFrom(e.End); i < index.Actors.Count && index.Actors[i].First < to; i++)
        {
            var a = index.Actors[i];
            if (a.IsNisba || !a.IsArmed)
            {
                continue;
            }
            var before = a.First > 0 ? index.Token(a.First - 1).Norm : "";
            // «تصدت لمحاولة مجموعات مسلحة الاعتداء»: the genitive of an attempt noun is the one who tried.
            if ((a.First == e.End && !e.Trigger.IsVerb) || a.Clitics.Contains('ل', StringComparison.Ordinal) || before is "من" or "ل" or "قبل" or "جانب"
                || index.IsRole(a.First - 1, "attemptnoun", true))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>Tokens from the trigger a word of falling or going off may stand: «سقوط قذيفتي هاون», «قذيفة هاون سقطت».</summary>
    private const int FallReach = 2;

    /// <summary>Tokens before the shell a verb of falling may stand when only the time and the count stand between.</summary>
    private const int FallTimeReach = 6;

    /// <summary>
    /// «سقطت ظهر اليوم الجمعة أربع قذائف هاون»: the verb of falling comes first (VSO) and the time of the fall and the
    /// count of the shells stand between it and the shell: only words of time (a date, time_words.tsv), numbers or
    /// number words and a vague "some" («وسقطت العديد من قذائف الهاون»); any other word («سقطت الطائرة ثم أطلقت … قذيفة») belongs to another clause.
    /// </summary>
    private static bool FellBeforeTimeAndCount(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        for (var k = e.First - 1; k >= Math.Max(clauseFirst, e.First - FallTimeReach); k--)
        {
            if (index.IsRole(k, "fall", true))
            {
                return true;
            }
            if (!index.InDate(k) && Time.TimeVocabulary.Default.Matcher.MatchAt(index.Text, k) is null && !index.IsCountAt(k)
                && !FatalityFinder.Default.InFewPhrase(index.Text, k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «سقطت قذيفة هاون على الحي», «انفجار سيارة مفخخة في السوق»: a shell that fell or a bomb that went
    /// off names its doer after itself in its sentence («قذيفة أطلقها مسلحون», «مصدرها الجانب السوري»)
    /// or not at all; a party the choice takes from elsewhere is one a reader infers, and the guideline
    /// keeps actor1 null (docs/annotation.md 6.3, 8: "passive … shelling with no doer named"). Of the 62
    /// REMOTE events of the train and dev gold whose evidence has such a word, 48 keep actor1 null; of
    /// the 14 with a doer, 10 name it after the trigger within the evidence.
    /// </summary>
    private static bool FellWithoutDoer(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        if (e.Type != "REMOTE")
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var from = Math.Max(clause.First, e.First - FallReach);
        // A noun of falling after the shelling is mostly its toll («قصف أدى لسقوط قتلى»), so only one before it, or the trigger's own, counts.
        if (!HasRole(index, from, Math.Min(clause.End, e.End + FallReach), "fall") && !HasRole(index, from, e.First + 1, "fallnoun") && !FellBeforeTimeAndCount(index, e, clause.First))
        {
            return false;
        }
        // The choice carries the doer's nearest mention, which may stand before the shell when the doer is named on both sides of it.
        var sentence = index.SentenceOf(e.First);
        for (var i = index.FirstActorFrom(e.End); i < index.Actors.Count && index.Actors[i].First < sentence.End; i++)
        {
            var a = index.Actors[i];
            // «على حي القصاع في دمشق», «شمال دمشق»: a name behind «في» or «على», or a capital or country's one-word name, is where the
            // shell fell (or came from: «أطلقت من سوريا» keeps it doerless in the gold); «من الجانب السوري» (two words) names its side.
            // «بالقرب من قاعدة للجيش العراقي»: a party behind the clitic ل owns the place the shell fell on; the doer of a fallen
            // shell comes behind a verb of firing («أطلقها مسلحون»), never behind ل.
            // «سقوط صاروخ لقوات النظام»: the ل glued to the shell word right after the deed noun is the shell's owner, who fired it (ActorLinker.WeaponOwner).
            if ((a.Entry?.Class == "state" && a.End - a.First == 1) || (index.IsPrepositionBefore(a) && !(a.First > 0 && a.Clitics.Length == 0 && index.Token(a.First - 1).Norm == "من"))
                || (ArticleIndex.StartsWithCliticPrep(a, 'ل') && !ReferenceEquals(ActorLinker.WeaponOwner(index, e, clause), a)))
            {
                continue;
            }
            if (string.Equals(a.ActorId, doer.ActorId, StringComparison.Ordinal) || string.Equals(ActorLinker.ArmedFormFor(index, e, a).ActorId, doer.ActorId, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
