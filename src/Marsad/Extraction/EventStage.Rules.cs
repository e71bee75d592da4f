using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The hand rules over one candidate: back-references, coordination, background and history, claims, whether it takes a place, and the reason the rules would drop it (a feature for the keep model, the decision without one).</summary>
public sealed partial class EventStage
{
    /// <summary>«هجوم «داعش» هذا»: a demonstrative after the trigger points back to an event already told.</summary>
    private static bool IsAnaphoric(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = e.End; k < Math.Min(clause.End, e.End + 5); k++)
        {
            if (index.IsRole(k, "demonstrative"))
            {
                return true;
            }
            if (index.ActorAt(k) is null && index.Token(k).Kind != TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// «لقطع حلب … وقطع طرق إمدادها»: a verbal noun joined by «و» to an intended, predicted or
    /// possible event of its sentence shares that modality, unless a cue of its own said otherwise.
    /// </summary>
    private static void InheritCoordination(ArticleIndex index, EventCandidate e, List<EventCandidate> siblings)
    {
        if (e.ModalityCue is not null || siblings.Count == 0)
        {
            return;
        }
        var token = index.Token(e.First);
        var joined = (e.Reading.Prefix > 0 && token.Norm[0] is 'و' or 'ف') || (e.First > 0 && index.IsRole(e.First - 1, "consequence"));
        if (!joined)
        {
            return;
        }
        var previous = siblings[^1];
        // «لقطع … وقطع»: joined to a verbal noun, an ambiguous word is the verbal noun too.
        if (!previous.Trigger.IsVerb && e.Trigger.IsVerb && e.Alternatives.FirstOrDefault(a => !a.IsVerb) is { } noun)
        {
            e.Trigger = noun;
        }
        if (!e.Trigger.IsVerb && e.Modality == "asserted" && previous.Modality != "asserted" && !BackgroundBefore(index, e))
        {
            e.Modality = previous.Modality;
        }
    }

    /// <summary>
    /// «منذ استولى فصيل منافس على العاصمة», «بعد أن استولى التنظيم على مدينة تدمر»: a capture told as the
    /// past a holding dates from is how the place came to be held, background to the news; train and dev
    /// code no capture right after «منذ», «منذ أن» or «بعد أن» (after a bare «بعد» they do: «بعد سيطرة»). Not when the
    /// capture is dated within the days of the news («منذ سيطر التنظيم على البلدة صباح أمس»): that is the news's own.
    /// </summary>
    private static bool HeldSince(ArticleIndex index, EventCandidate e) => SinceAnchorBefore(index, e) is not null;

    /// <summary>
    /// The phrase of role <c>since</c> («منذ», «ومنذ», «منذ أن», «بعد أن») that ends right before the candidate's trigger, unless
    /// the candidate's happening is dated within the days of the news (<see cref="DatedNearNews"/>): a recent deed recalled is
    /// weighed as news, not dropped as the start of a span. The one reading of the since phrase for <see cref="HeldSince"/>
    /// and <see cref="IsSinceAnchor"/>.
    /// </summary>
    private static PhraseMatch<string>? SinceAnchorBefore(ArticleIndex index, EventCandidate e)
    {
        for (var k = Math.Max(0, e.First - 2); k < e.First; k++)
        {
            if (index.Role(k, "since", true) is { } since && since.End == e.First)
            {
                return DatedNearNews(index, e.First, index.SentenceOf(e.First).End) ? null : since;
            }
        }
        return null;
    }

    private static bool BackgroundBefore(ArticleIndex index, EventCandidate e) =>
        e.First > 0 && (index.IsRole(e.First - 1, "background", true) || index.IsRole(e.First - 1, "presupposed", true));

    /// <summary>
    /// «المناطق التي حرّرتها القوات»: a verb in a relative clause, with no time of its own, describes a
    /// place, it does not report an event. In the present tense («القوات التي تقاتل التنظيم», «الذي
    /// يحاصره التنظيم») a violent verb describes a standing state whatever date the paragraph lends:
    /// train and dev code no such verb as a core event (two optional), where the past ones are coded.
    /// «الانتهاكات التي يرتكبها النظام» under a verb of saying is the speaker's charge itself, no background.
    /// </summary>
    private static bool IsRelativeBackground(ArticleIndex index, EventCandidate e) =>
        e.Trigger.IsVerb && e.First > 0 && index.IsRole(e.First - 1, "relative", true) && e.Trigger.Needs != "crime"
        && (e.Date?.Value is null || (e.Trigger.Tense == Tense.Present && Violent.Contains(e.Type)));

    private static readonly HashSet<string> Violent = new(StringComparer.Ordinal)
    {
        "ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "ATTACK_CIVILIANS", "ARREST",
    };

    /// <summary>
    /// «تبنى تنظيم داعش الهجوم»: a claim makes the claimant the doer of the article's unclaimed
    /// attacks told before it (SPEC §6), of those told in its own paragraph, and of those told later
    /// on a day the attacks of the claim's own sentence fall on (a claimed wave, then its bombings).
    /// Those attacks count whether or not they stand as events of their own: «تبنى التنظيم سلسلة الهجمات
    /// التي وقعت في بغداد الخميس» is often dropped as placed only in a country or told as a total, and
    /// still dates the claim.
    /// </summary>
    private static void ApplyClaims(ArticleIndex index, List<EventCandidate> events, List<(int Sentence, string Day)> droppedDays)
    {
        for (var i = 0; i < index.Count; i++)
        {
            var claim = index.Role(i, "claim", true);
            if (claim is null || IsNegatedClaim(index, claim.First))
            {
                continue;
            }
            var sentence = index.SentenceOf(i);
            // «تبنى تنظيم داعش الهجوم» names the claimant after the verb; «أعلن التنظيم مسؤوليته عن
            // تفجيرات استهدفت بغداد» names it before, and what follows is the target.
            var claimant = (NamesResponsibility(index, claim) ? null : index.Actors.FirstOrDefault(a => a.First >= claim.End && a.First < Math.Min(sentence.End, claim.End + 5) && !a.IsNisba))
                ?? (VagueBefore(index, sentence.First, i) ? null
                    : index.Actors.LastOrDefault(a => a.End <= i && a.First >= sentence.First && !a.IsNisba && !IsParentGroup(index, a)));
            // «وغالبا ما يعلن تنظيم القاعدة مسؤوليته عن الهجمات»: the habit stands before the claimant the
            // responsibility noun follows.
            if (claimant is null || (claimant.End <= claim.First && IsNegatedClaim(index, claimant.First)) || AdoptsOnly(claimant))
            {
                continue;
            }
            var paragraph = index.Text.Paragraphs.First(p => p.First <= i && i < p.End);
            // «أعلن التنظيم مسؤوليته عن سلسلة هجمات ... الأحد» then the day's bombings one by one:
            // the attacks the claim's own sentence tells give the days it covers further on.
            // «في هجمات تبنى بعضها داعش»: a claim of some of the attacks names none of the others told later.
            var partial = claim.End < sentence.End && index.Words.IsWholeWord(index.Token(claim.End).Norm, "someof");
            var claimedDays = partial ? [] : events.Where(e => e.First >= sentence.First && e.First < sentence.End && EventTypes.IsLethalViolence(e.Type) && e.Date?.Value is not null)
                .Select(e => e.Date!.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var (at, day) in droppedDays)
            {
                if (at == sentence.Index && !partial)
                {
                    claimedDays.Add(day);
                }
            }
            var claimedCountries = ClaimedCountries(index, events, sentence);
            foreach (var e in events)
            {
                if (Unclaimed(e, claimant) && EventTypes.IsLethalViolence(e.Type)
                    && (e.First < claim.First || e.First < paragraph.End || (e.Date?.Value is { } day && claimedDays.Contains(day)))
                    && WithinClaimReach(e, paragraph, claimedCountries))
                {
                    e.Actor1 = claimant;
                }
            }
        }
    }

    /// <summary>
    /// An attack the claim may name the doer of: one with no doer, or with an unnamed one
    /// («انتحاري», «مسلحون», «التنظيم» read as no group): the claim names who they were (docs/annotation.md
    /// 4.5, the claimant is actor1), unless the claimant is itself unnamed. A named doer the choice took
    /// stays: a claim does not overrule the article's own telling (docs/events.md, s11-claim's
    /// `!Actor1IsLocal` trial).
    /// </summary>
    private static bool Unclaimed(EventCandidate e, ActorHit claimant) =>
        e.Actor1 is null
        || (string.Equals(e.Actor1.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal)
            && !string.Equals(claimant.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal));

    /// <summary>
    /// «لم تعلن أي جهة مسؤوليتها عن التفجير»: a denied or absent claim names no doer, and the
    /// party named before it is not a claimant (docs/annotation.md 4.5: an unclaimed bombing keeps
    /// actor1 null). «غالبا ما يتبنى التنظيم هجمات كهذه» is a habit, vague blame, not a claim of this
    /// attack (4.5). The cue stands within the few words before the claim, in its sentence.
    /// </summary>
    /// <remarks>A denial, «أي جهة» or traded «الاتهامات» (role claimdenial) negates only a claim: before a verb of
    /// blaming, «نفى الجيش الاتهامات واتهم المعارضة» still blames (review23 must-fix 1), so blame asks
    /// with <paramref name="claim"/> false.</remarks>
    private static bool IsNegatedClaim(ArticleIndex index, int claimFirst, bool claim = true)
    {
        var from = Math.Max(index.SentenceOf(claimFirst).First, claimFirst - ClaimNegationWindow);
        return HasRole(index, from, claimFirst, "claimnegation") || (claim && HasRole(index, from, claimFirst, "claimdenial"));
    }

    /// <summary>Whether the claim is a noun of responsibility («مسؤوليته عن», «المسئولية عن»), whose claimant is named before it.</summary>
    private static bool NamesResponsibility(ArticleIndex index, PhraseMatch<string> claim)
    {
        for (var k = claim.First; k < claim.End; k++)
        {
            if (IsBlameNoun(index.Token(k).Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«أعلن تنظيم دولة العراق الإسلامية المرتبط بالقاعدة مسؤوليته»: the group after «المرتبط» or «التابع» qualifies the claimant named before it; it is not the claimant.</summary>
    private static bool IsParentGroup(ArticleIndex index, ActorHit a) =>
        index.IsRole(a.First - 1, "linked", true) || index.IsRole(a.First - 1, "affiliation", true);

    /// <summary>
    /// «جماعات إرهابية مرتبطة بالقاعدة», «جماعات مرتبطة بالقاعدة»: the group after a tie word («مرتبطة ب», «المقربة
    /// من») with no group named right before the tie word, only a common noun: the text names groups tied to a
    /// party, not the party, and such vague blame names no doer (docs/annotation.md 4.5, «جهات مرتبطة بالقاعدة»
    /// leaves actor1 null). «تنظيم دولة العراق الإسلامية المرتبط بالقاعدة» names its group before the tie.
    /// </summary>
    internal static bool IsVagueTie(ArticleIndex index, ActorHit a)
    {
        var tie = a.First - 1;
        if (!index.IsRole(tie, "linked", true))
        {
            return false;
        }
        var k = tie - 1;
        while (k >= 0 && !index.Token(k).IsWord && index.Token(k).Sentence == index.Token(tie).Sentence)
        {
            k--;
        }
        return k < 0 || index.ActorAt(k) is not { } named || named.End != k + 1 || named.IsNisba;
    }

    /// <summary>The last party named in the sentence before <paramref name="end"/> is vaguely tied (<see cref="IsVagueTie"/>).</summary>
    private static bool VagueBefore(ArticleIndex index, int sentenceFirst, int end) =>
        index.Actors.LastOrDefault(a => a.End <= end && a.First >= sentenceFirst && !a.IsNisba) is { } last && IsVagueTie(index, last);

    /// <summary>Words a claim's negation may stand before it: «لم تعلن أي جهة مسؤوليتها» puts three between.</summary>
    private const int ClaimNegationWindow = 4;

    private static bool TakesPlace(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.End; k < Math.Min(index.Count, e.End + 3); k++)
        {
            if (!string.Equals(index.Token(k).Norm, "علي", StringComparison.Ordinal))
            {
                continue;
            }
            for (var j = k + 1; j <= Math.Min(index.Count - 1, k + 4); j++)
            {
                if (index.PlaceAt(j) is not null || index.IsRole(j, "placeref", true) || index.IsRole(j, "facility", true))
                {
                    return true;
                }
            }
            return false;
        }
        // No «على»: «استعادوا المدينة», «دخلت … إلى خناصر» are read by their place as usual.
        return true;
    }

    /// <summary>True when a word of <paramref name="role"/> stands within <paramref name="window"/> tokens before the trigger in its sentence.</summary>
    private static bool RoleBefore(ArticleIndex index, EventCandidate e, string role, int window)
    {
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - window); k--)
        {
            if (index.IsRole(k, role, true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens from a purpose of preventing to the trigger it governs («لمنع نشوب أي اشتباكات»).</summary>
    private const int PreventWindow = 3;

    /// <summary>Years before publication past which a dated event is history, not news.</summary>
    private const int HistoryYears = 3;

    /// <summary>Above this, a death toll is a war's or a year's total, not one event's.</summary>
    private const int MaxEventFatalities = 5000;

    private static bool IsHistory(ArticleIndex index, EventCandidate e) =>
        index.Context.Article.Published is { } published && e.Date?.Value is { Length: >= 4 } value
        && int.TryParse(value.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
        && year < published.Year - HistoryYears;

    internal static DropReason Judge(ArticleIndex index, EventCandidate e)
    {
        // The rules judge their own linking, not the learned place choice (a feature of the keep model
        // apart); an event the article tells without a place is coded at its focus, and still judged placeless.
        var (linked, placeToken, placeSource) = e.RulesPlace ?? (e.Place, e.PlaceToken, e.PlaceSource);
        var place = placeSource == "focus" ? null : linked;
        // «في عام 1974 …»: a history lesson is not an event of the news.
        if (IsHistory(index, e))
        {
            return DropReason.History;
        }
        if (e.Fatalities > MaxEventFatalities)
        {
            e.Fatalities = null;
        }
        // «استولى اللصوص على هاتف»: what is taken must be a place or a position, named within a few words of «على».
        if (e.Type == "CAPTURE" && !TakesPlace(index, e))
        {
            return DropReason.CaptureWithoutPlace;
        }
        // «فككت … عبوة ناسفة»: a bomb defused or found is no attack.
        if (e.Type == "REMOTE" && RoleBefore(index, e, "defused", 3))
        {
            return DropReason.Defused;
        }
        // «قضت المحكمة بالإعدام»: a court's sentence is no killing.
        if ((e.Type is "ATTACK_CIVILIANS" or "ARREST" or "ACCUSE" && RoleBefore(index, e, "judicial", 5)) || StatementRoles.IsConviction(index, e))
        {
            return DropReason.Judicial;
        }
        // «الخاضعة لسيطرة», «تحت سيطرة», «تسيطر عليها»: who holds a place is a state of things, not its capture.
        if (e.Type == "CAPTURE" && (e.Trigger.Tense == Tense.Present || (e.First > 0 && index.IsRole(e.First - 1, "controlstate", true)) || HeldSince(index, e)))
        {
            return DropReason.ControlState;
        }
        // «لا يستهدف المدنيين»: a present-tense denial states a habit, it reports no event.
        if (e.Modality == "negated" && e.Trigger.Tense == Tense.Present && e.ModalityCue is { } cue
            && string.Equals(ArabicNormalizer.NormalizeKey(cue.Cut(index.Text.Body)), "لا", StringComparison.Ordinal))
        {
            return DropReason.NegatedPresent;
        }
        // A fight placed only in a whole country («في سوريا») is commentary unless its own doer and
        // the country follow the trigger in its clause, or the text is an isolated sentence, where
        // the country is all the place there is.
        // A force sent or arriving names its destination after it, and a state's deployment abroad often
        // has a whole country for one («إرسال قوات برية إلى سوريا», «وصول البطاريتين إلى تركيا»): that is
        // the report, whoever the clause names as the sender.
        // An arrest placed in its doer's own state (PlaceInDoerState) is no commentary: that is where arrests are made.
        if (Violent.Contains(e.Type) && place?.Mention.Precision == "country" && !index.IsIsolated && placeSource != "doer"
            && (e.Type == "CAPTURE" || !(placeSource == "clause" && (e.Actor1IsLocal || e.Type == "MOBILIZE") && placeToken > e.First)))
        {
            return DropReason.CountryOnly;
        }
        if (IsRelativeBackground(index, e))
        {
            return DropReason.RelativeBackground;
        }
        // An event with no place stays an event: only where the article had room to place it
        // (more than an isolated sentence) does a missing place mark talk rather than a report.
        if (NeedsPlace.Contains(e.Type) && place is null && e.Route is null && !index.IsIsolated)
        {
            return DropReason.NoPlace;
        }
        if (IsFigurative(index, e))
        {
            return DropReason.Figurative;
        }
        // A weak trigger, or one that needs a place of its own, placed only by another clause of its sentence is talk, not a report.
        if ((e.Trigger.Weight < 0.7 || e.Trigger.Needs == "place") && placeSource == "sentence")
        {
            return DropReason.WeakPlacedBySentence;
        }
        // A weak trigger («قتال», «تقدم», «سقوط») carries an event only with an armed party named.
        // For a protest, the protesters named are its party («تجمع المتظاهرون»).
        // A trigger that needs a force noun («وصول البطاريتين», «نشر قوات») has its armed party in that noun.
        if (e.Trigger.Weight < 0.65 && e.Trigger.Needs != "force" && !(e.Actor1?.IsArmed == true || e.Actor2?.IsArmed == true)
            && !(e.Type == "PROTEST" && (e.Actor1?.ActorId == "PROTESTERS" || ProtestersInClause(index, e))))
        {
            return DropReason.WeakUnarmed;
        }
        var kept = e.Type switch
        {
            "AGREE" => (e.Actor1IsLocal && place is not null && placeSource != "sentence") || (e.Actor1 is not null && e.Actor2 is not null && e.Actor1IsLocal),
            "ACCUSE" or "THREATEN" => e.Actor1 is not null && e.Actor1IsLocal && (e.Trigger.IsVerb || e.Actor2 is not null),
            "SUPPORT" => e.Actor1IsLocal && ((place is not null && placeSource != "sentence") || e.Actor2 is not null),
            _ => true,
        };
        if (!kept)
        {
            return DropReason.TypeCondition;
        }
        return IsPurposeOfDeed(index, e) ? DropReason.Purpose : DropReason.None;
    }

    /// <summary>Tokens back from a purpose to the deed it is the aim of.</summary>
    private const int PurposeWindow = 10;

    /// <summary>
    /// «شنت الجبهة هجوما لطرد القوات», «دارت معارك للسيطرة على الطريق»: a verbal noun read as intended by its
    /// purpose ل, with another trigger before it in its clause, is the aim of that told deed. Where no deed
    /// is told before it («يستخدم الأراضي اللبنانية لقصف») the purpose names the event itself, and so does a protest: those
    /// who gather or are brought «للتظاهر», «لمظاهرة» make the protest (the gold codes «بتوصيل المتظاهرين … للتظاهر»
    /// a PROTEST asserted), and a called one is intended.
    /// </summary>
    private static bool IsPurposeOfDeed(ArticleIndex index, EventCandidate e)
    {
        if (e.Type == "PROTEST" || e.Modality != "intended" || e.ModalityCue is not null || !ModalityResolver.IsPurpose(index, e))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - PurposeWindow); k--)
        {
            if (index.IsTrigger(k))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ProtestersInClause(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        return index.AnyActorWithin(clause.First, clause.End, a => a.ActorId == "PROTESTERS");
    }

    /// <summary>«الهجوم على الحريات»: a target word that is no place and no party.</summary>
    private static bool IsFigurative(ArticleIndex index, EventCandidate e)
    {
        for (var k = e.End; k < Math.Min(index.Count, e.End + 3); k++)
        {
            if (index.IsRole(k, "figurative", true))
            {
                return true;
            }
        }
        return false;
    }
}
