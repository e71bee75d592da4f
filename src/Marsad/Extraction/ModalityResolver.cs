using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Decides an event's modality from the cues around its trigger (data/lexicons/modality.tsv), in
/// this order: background and presupposed frames make it asserted («خلال هجوم», «إيقاف هجوم»);
/// a capture aimed at by a purpose («لانتزاع السيطرة») is intended; a cue that governs the trigger
/// directly («يسعى لـ», «سوف يتم», «لم»); the «س» future of the verb itself; a purpose «لـ» on a
/// verbal noun («لقطع»); a sentence-wide cue («من المتوقع», «نفى») not cut off by a contrast
/// («غير أن»), a conjecture about a detail of a deed told as done leaving it asserted; a verbal noun joined by «و» to a purpose «لـ» that is no trigger; a numbered list under a
/// goals heading; else asserted.
/// </summary>
internal sealed partial class ModalityResolver(ModalityLexicon cues)
{
    public static ModalityResolver Default { get; } = new(ModalityLexicon.Default);

    public void Resolve(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);

        // The trigger is the object of a background or presupposing word: what it tells happened.
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - 2); k--)
        {
            if (index.IsRole(k, "background", true) || index.IsRole(k, "presupposed", true))
            {
                e.Modality = "asserted";
                return;
            }
            if (!IsPassable(index, k))
            {
                break;
            }
        }
        if (index.IsRole(e.First, "presupposed", true) || PatientBefore.GovernedByUndergo(index, e, sentence.First))
        {
            e.Modality = "asserted";
            return;
        }

        if (AimedCapture(index, e, sentence))
        {
            e.Modality = "intended";
            return;
        }

        if (DirectCue(index, e, sentence) is { } found)
        {
            var direct = found.Cue;
            e.Modality = direct.Modality;
            var future = direct.Modality is "intended" or "attempted" or "predicted" && CueIsFuture(index, found.First);
            var cueSpan = e.ModalityCue;
            if (future && Expected(index, e, sentence))
            {
                e.Modality = "predicted";
                // «من المتوقع ...، وسوف يتم طرد التنظيم»: a predicted cue of its own stays the nearer evidence.
                if (direct.Modality == "predicted")
                {
                    e.ModalityCue = cueSpan;
                }
            }
            else if (future && direct.Modality == "predicted" && FirstPersonPlural(index, e))
            {
                // «سوف نتقدم باتجاه الحسكة»: a side that says what it will do tells its plan, as «سنتقدم» does.
                e.Modality = "intended";
                DeclaredOffensive(e);
            }
            else if (future && direct.Modality == "attempted")
            {
                // «سيحاول الجيش التقدم»: an attempt still to come has not happened, whatever it aims at.
                e.Modality = "intended";
            }
            else if (direct.Modality == "attempted")
            {
                // «قصفت القوات الحي في محاولة للسيطرة عليه»: an attempt told as the purpose of a deed is
                // that deed's aim (annotation.md 6.2), a capture intended; the deed is the event.
                if (e.Type == "CAPTURE" && index.IsRole(found.First - 1, "aimprep", true))
                {
                    e.Modality = "intended";
                }
                // «تحاول السيطرة على القرية»: trying to take a place is fighting for it.
                else if (e.Type == "CAPTURE")
                {
                    e.Trigger = e.Trigger with { Type = "ASSAULT" };
                    e.Modality = "asserted";
                }
                else if (EventTypes.IsLethalViolence(e.Type))
                {
                    // «حاول مسلحون اقتحام المركز», «محاولة اغتيال»: an attempted attack is violence
                    // that happened (annotation.md 6.1); an attempt at anything else is a goal.
                    e.Modality = "asserted";
                }
                else
                {
                    e.Modality = "intended";
                }
            }
            else if (direct.Modality == "intended" && index.IsRole(found.First, "declares", true))
            {
                DeclaredOffensive(e);
            }
            return;
        }
        if (e.Trigger.Tense == Tense.Future)
        {
            if (Expected(index, e, sentence))
            {
                e.Modality = "predicted";
                return;
            }
            e.Modality = "intended";
            DeclaredOffensive(e);
            return;
        }
        if (IsPurpose(index, e))
        {
            e.Modality = "intended";
            return;
        }
        if (SentenceCue(index, e, sentence) is { } wide)
        {
            if (wide.Modality == "predicted" && JudgedState(index, e, sentence))
            {
                // «ويرجح أن يكون ناجما عن سيارة مفخخة» after the blast is told: the guess is the deed's detail.
                if (GuessedDetail(index, e, sentence))
                {
                    e.Modality = "asserted";
                    e.ModalityCue = null;
                    return;
                }
                e.Modality = "possible";
                return;
            }
            e.Modality = wide.Modality;
            return;
        }
        if (JoinedToAim(index, e, sentence))
        {
            e.Modality = "intended";
            return;
        }
        if (index.IsListItem(sentence) && index.ListHeading(sentence) is { } heading && HeadingIsGoals(index, heading))
        {
            e.Modality = "intended";
            return;
        }
        e.Modality = "asserted";
    }

    /// <summary>
    /// «أعلنت تركيا أنها ستطلق هجوماً على التنظيم», «ستهاجم أنقرة التنظيم», «يستعد التنظيم لشن هجوم على البلدة»:
    /// an attack told in the future, or governed by a light verb of an act to come or of preparing for it
    /// (event_words.tsv role declares), is an offensive declared and not yet begun. The guideline codes it
    /// MOBILIZE intended, core, and an intended ASSAULT beside it optional (annotation.md 6.1 and its field
    /// notes), so the attack's type would only ever match an optional event. Aims and plots (a purpose «لـ»,
    /// «تنوي», «بهدف») keep their type: they tell what a deed or a cell was meant to do, no declared offensive.
    /// </summary>
    private static void DeclaredOffensive(EventCandidate e)
    {
        if (e.Type is "ASSAULT" or "REMOTE")
        {
            e.Trigger = e.Trigger with { Type = "MOBILIZE" };
        }
    }

    /// <summary>
    /// «في محاولة جديدة لانتزاع السيطرة على المدينة», «بهدف فرض سيطرتها على الحي»: a control noun that is
    /// the object of a light verbal noun of taking (event_words.tsv role takehold) is what that noun
    /// aims at when the light noun is a purpose, behind ل or governed by a purpose cue. The deed told
    /// before it is the event; the capture is its aim, intended and never asserted (annotation.md 6.2).
    /// </summary>
    private bool AimedCapture(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        var head = e.First - 1;
        if (e.Type != "CAPTURE" || head < sentence.First
            || index.Role(head, "takehold", true) is not { } light || light.End != e.First)
        {
            return false;
        }
        var prefix = light.FirstReading.Prefix;
        // «نتيجة لانتزاع السيطرة»: a head that takes its complement with ل makes the ل no purpose.
        var aimed = prefix > 0 && LamClitic.IsLam(index.Text.Tokens[head].Norm[..prefix]) && !index.IsRole(head - 1, "lamhead", true);
        // «بهدف فرض سيطرته», «تحاول فرض سيطرتها»: imposing control is aimed at, not fought for.
        if (!aimed && CueBefore(index, head, sentence, 8, static cue => cue.Scope == "next" && cue.Modality is "intended" or "attempted") is { } found)
        {
            e.ModalityCue = found.Span;
            aimed = true;
        }
        // «فرض سيطرته»: the object of a verbal noun is a noun, though «سيطرته» reads as a verb too.
        if (aimed && e.Trigger.IsVerb && e.Alternatives.FirstOrDefault(static a => !a.IsVerb) is { } noun)
        {
            e.Trigger = noun;
        }
        return aimed;
    }

    /// <summary>A next-scope cue before the trigger with only passable tokens between.</summary>
    private (ModalityCue Cue, int First)? DirectCue(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        var (tense, type) = (e.Trigger.Tense, e.Type);
        // An announced giving is pledged, still to come: given aid is told with a past verb. An announced
        // allegiance, defection or joining («أعلنت مبايعتها», «أعلن انشقاقه») is done by announcing it.
        var called = type == "PROTEST" || (type is "SUPPORT" or "AID" && !e.Trigger.IsVerb && !index.IsRole(e.First, "performative", true));
        var cueBefore = CueBefore(index, e.First, sentence, 8, cue => cue.Scope switch
        {
            "next" => true,
            "present" => tense == Tense.Present,
            "call" => called,
            "ban" => true,
            // «متجهة إلى الميدان للمشاركة في المسيرات»: a protest one goes to join is under way, as those
            // brought «للتظاهر» make it; any other deed one is to take part in is only aimed at.
            "partake" => type != "PROTEST",
            _ => false,
        });
        if (cueBefore is { } near && near.Cue.Scope == "call" && ReportBetween(index, near.First + 1, e.First))
        {
            cueBefore = null;
        }
        if ((cueBefore ?? (called ? CallOverAnnouncer(index, e.First, sentence) : null) ?? BanOverParty(index, e, sentence)) is not { } found)
        {
            return null;
        }
        if (found.Cue.Scope == "ban" && BanUndone(index, found.First, sentence))
        {
            return null;
        }
        // «ليس لدى تركيا خطط لإرسال قوات», «لا تنوي»: a plan denied denies the act (annotation.md 6.2).
        if (found.Cue.Modality is "intended" or "predicted"
            && CueBefore(index, found.First, sentence, 6, static cue => cue.Modality == "negated" && cue.Scope == "next") is { } negator)
        {
            // «لم يمنع الحظر الآلاف من المشاركة في المسيرات»: a ban that did not hold leaves the deed done.
            if (found.Cue.Scope == "ban")
            {
                return null;
            }
            found = negator;
        }
        e.ModalityCue = found.Span;
        return (found.Cue, found.First);
    }

    /// <summary>
    /// The nearest cue <paramref name="accepts"/> takes that governs token <paramref name="first"/>: it
    /// starts at most <paramref name="reach"/> tokens before it in the sentence, within its own window,
    /// with only passable tokens between.
    /// </summary>
    private (ModalityCue Cue, TextSpan Span, int First)? CueBefore(ArticleIndex index, int first, Text.TextUnit sentence, int reach, Func<ModalityCue, bool> accepts)
    {
        var text = index.Text;
        for (var j = first - 1; j >= sentence.First && j >= first - reach; j--)
        {
            var m = cues.Matcher.MatchAt(text, j, allowClitics: true);
            if (m is not null && m.End <= first)
            {
                // Both walks depend on the match, not the cue: each is done at most once, and only for a
                // cue whose window the gap could fit (a bridge discounts at most BridgeWords).
                bool? passable = null;
                int? bridge = null;
                foreach (var cue in m.Values)
                {
                    if (!accepts(cue) || first - m.End - BridgeWords > cue.Window)
                    {
                        continue;
                    }
                    // An aim or an attempt reaches over a time phrase, an adverb or its own adjective
                    // («تحاول منذ فترة فرض», «في محاولة جديدة منها»); those words do not count against its window.
                    passable ??= AllPassable(index, m.End, first);
                    int bridged;
                    if (passable.Value)
                    {
                        bridged = 0;
                    }
                    else if (cue.Modality is "intended" or "attempted")
                    {
                        bridge ??= Bridged(index, m.End - 1, first);
                        bridged = bridge.Value;
                    }
                    else
                    {
                        bridged = -1;
                    }
                    if (bridged >= 0 && first - m.End - bridged <= cue.Window)
                    {
                        return (cue, m.Span, m.First);
                    }
                }
            }
            if (!IsPassable(index, j) && m is null && !MayBridge(index, j, first))
            {
                // «غير مسؤولين عن هذا الهجوم»: the last word of a cue of several words is no cue of its own.
                if (CueCovering(index, j, sentence.First) is { } start)
                {
                    j = start + 1;
                    continue;
                }
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// «أعلنت النقابات عن تنظيم تظاهرة», «أعلنت الأحزاب الثورية التظاهر اليوم»: the announcer, the
    /// subject of the announcing verb, stands between it and what it announces, and is seldom an actor
    /// the gazetteer knows. Any words reach, within <see cref="CallReach"/> tokens of one clause: no
    /// other trigger, no comma, no «أن» that would make it a report of a fact.
    /// </summary>
    private (ModalityCue Cue, TextSpan Span, int First)? CallOverAnnouncer(ArticleIndex index, int first, Text.TextUnit sentence)
    {
        var text = index.Text;
        for (var j = first - 1; j >= sentence.First && j >= first - CallReach; j--)
        {
            var t = text.Tokens[j];
            if (t.Kind == TokenKind.Punctuation && !t.IsQuoteMark)
            {
                return null;
            }
            if (cues.Matcher.MatchAt(text, j, allowClitics: true) is { } m && m.End <= first
                && m.Values.FirstOrDefault(static c => c.Scope == "call") is { } cue)
            {
                return ReportBetween(index, m.End, first) ? null : (cue, m.Span, m.First);
            }
            if (index.IsTrigger(j) || index.IsRole(j, "thatclause", true))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>How far back an announcing verb reaches over its announcer to a called protest or a pledged giving.</summary>
    private const int CallReach = 8;

    /// <summary>«أعلن الجيش أن تظاهرة خرجت»: an announcement with «أن» reports what happened.</summary>
    private static bool ReportBetween(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (index.IsRole(k, "thatclause", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first token of a cue of several words that runs over token <paramref name="j"/>, if one does.</summary>
    private int? CueCovering(ArticleIndex index, int j, int sentenceFirst)
    {
        for (var k = j - 1; k >= sentenceFirst && k >= j - 3; k--)
        {
            if (cues.Matcher.MatchAt(index.Text, k, allowClitics: true) is { } m && m.End > j)
            {
                return k;
            }
        }
        return null;
    }

    private ModalityCue? SentenceCue(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        var (cue, span) = index.SentenceCuesOf(sentence.First).Before(index, cues.Matcher, e.First);
        if (span is { } s)
        {
            e.ModalityCue = s;
        }
        return cue;
    }

    /// <summary>
    /// «يرجح مراسل الوكالة أن تكون التفجيرات بسبب قصف», «من المتوقع أن يكون الجيش قد استهدف»: an expectation
    /// cue whose clause is a copula («أن يكون», «أن تكون»; event_words.tsv role copula) judges how things are or
    /// were, a conjecture about now (possible), not a deed still to come (predicted). The copula must stand
    /// between the cue and the trigger.
    /// </summary>
    private static bool JudgedState(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        if (e.ModalityCue is not { } cue)
        {
            return false;
        }
        for (var k = e.First - 1; k > sentence.First; k--)
        {
            if (index.Text.Tokens[k].Span.Start < cue.End)
            {
                return false;
            }
            if (index.IsRole(k, "copula") && index.IsRole(k - 1, "thatclause", true))
            {
                return true;
            }
        }
        return false;
    }

    private bool HeadingIsGoals(ArticleIndex index, Text.TextUnit heading)
    {
        var last = index.Text.Tokens[heading.End - 1];
        if (last.Kind != TokenKind.Punctuation || last.Norm[0] != ':')
        {
            return false;
        }
        for (var j = heading.First; j < heading.End; j++)
        {
            var m = cues.Matcher.MatchAt(index.Text, j, allowClitics: true);
            if (m is not null && m.Values.Any(c => c.Scope == "list"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens a cue reaches through: actors, quotes, light verbs and particles.</summary>
    private static bool IsPassable(ArticleIndex index, int k)
    {
        var t = index.Text.Tokens[k];
        if (t.Kind == TokenKind.Punctuation)
        {
            return t.IsQuoteMark;
        }
        return index.ActorAt(k) is not null || index.IsRole(k, "transparent", true) || index.IsRole(k, "skip", true)
            || index.IsRole(k, "passive", true);
    }

    private static bool AllPassable(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!IsPassable(index, k))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A ل that is no purpose: the verbal noun names its own doer right after it («الخاضعة لسيطرة
    /// قوات النظام», «نتيجة لقصف الجيش»), where a purpose's doer is the subject of the clause and
    /// is not said again («حشد الجيش قواته لاقتحام المدينة»); or the word before it takes its
    /// complement with ل (event_words.tsv role lamhead: «المنحازة لاشتباكات», «الذكرى الثانية لاقتحام»).
    /// </summary>
    private static bool LamGovernedElsewhere(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.Genitive == "agent" && index.ActorAt(e.End) is { } doer && doer.First == e.End && doer.Clitics.Length == 0)
        {
            return true;
        }
        var k = e.First - 1;
        while (k >= 0 && index.Text.Tokens[k].IsQuoteMark)
        {
            k--;
        }
        // «الذكرى الثانية لاقتحام»: an ordinal or adjective may stand between the head and the ل.
        return index.IsRole(k, "lamhead", true) || (index.IsRole(k - 1, "lamhead", true) && index.Text.Tokens[k].IsWord && index.ActorAt(k) is null);
    }

    /// <summary>
    /// «لقطع», «للسيطرة»: a verbal noun behind the clitic ل that no head before it or doer after it governs.
    /// A verb behind it reads so too: a present verb may be the ل of purpose (<see cref="PurposeVerb"/>), and a
    /// past verb takes no clitic ل, so the reading is a verbal noun whose «ة» is written «ت» before its pronoun
    /// («لاستعادتها» read as ل + «استعادت» + ها, which the verb's forms matched before the noun's).
    /// A protest read off its dispersal («لتفريق المتظاهرين») is under way: the purpose is the dispersal, not the protest.
    /// </summary>
    internal static bool IsPurpose(ArticleIndex index, EventCandidate e) =>
        (!e.Trigger.IsVerb || e.Trigger.Tense == Tense.Past || (e.Trigger.Tense == Tense.Present && PurposeVerb(index, e)))
        && e.Reading.Prefix > 0 && IsPurposeLam(index.Text.Tokens[e.First], e.Reading) && !LamGovernedElsewhere(index, e)
        && !(e.Type == "PROTEST" && index.IsRole(e.First, "dispersal", true));

    /// <summary>
    /// «أرسل الجيش تعزيزات لتقتحم المدينة»: a present verb behind ل is a purpose when it shares the clause's
    /// doer. One that names its own doer right after it («انسحبت القوات لتسيطر المعارضة على التل») tells what
    /// followed, the ل of result of a narrative; and those brought «ليتظاهروا» make the protest, as those
    /// brought «للتظاهر» do (<see cref="EventStage"/>'s purpose rule leaves a protest alone).
    /// </summary>
    private static bool PurposeVerb(ArticleIndex index, EventCandidate e) =>
        e.Type != "PROTEST" && !(index.ActorAt(e.End) is { } doer && doer.First == e.End);

    /// <summary>«لقطع», «للسيطرة»: a verbal noun behind the clitic ل reads as a purpose.</summary>
    private static bool IsPurposeLam(Token token, Segmentation reading) => LamClitic.IsLam(token.Norm[..reading.Prefix]);
}
