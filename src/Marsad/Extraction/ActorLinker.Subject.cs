using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The subject and striker readings of the linker: who stands subject before or after a verb, whether a
/// nationality names the striker's own force, and the doer behind an affiliation («تابعة لـ»).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>
    /// «تصدت لمجموعة مسلحة هاجمت أحد حواجزه»: a verb right after an indefinite party, with no «التي» between,
    /// opens a relative clause of that party, which is its subject even behind a preposition (ل, ب). A definite
    /// party needs «التي», so only an indefinite one reads this way: a description (actors.tsv kind national,
    /// «مجموعة مسلحة», «مسلحين») with no article on any word. A name is definite («معارضة لنظام الرئيس بشار الأسد
    /// سيطرت»: the verb's subject is the group before the name, train nc-438611b5).
    /// </summary>
    internal static ActorHit? RelativeSubject(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || index.ActorAt(e.First - 1) is not { Entry.IsNational: true } a || a.End != e.First
            || !(ArticleIndex.StartsWithCliticPrep(a, 'ل') || ArticleIndex.StartsWithCliticPrep(a, 'ب')) || !CanDo(e, a))
        {
            return null;
        }
        if (!index.Token(a.First).Segmentations.Any(r => r.Prefix == a.Clitics.Length && !r.HasArticle))
        {
            return null;
        }
        for (var k = a.First + 1; k < a.End; k++)
        {
            if (index.Token(k).Segmentations.Any(static r => r.HasArticle))
            {
                return null;
            }
        }
        return a;
    }

    private static bool IsSubjectLike(ArticleIndex index, ActorHit a) =>
        (!a.IsNisba || IsForceNisba(index, a)) && (!index.IsPrepositionBefore(a) || IsCountedParty(index, a)) && !ArticleIndex.StartsWithCliticPrep(a, 'ل');

    /// <summary>
    /// «أن عددا من الطائرات الحربية التركية قد أقلعت … وقصفت»: a party behind the «من» of a noun of an indefinite count
    /// (event_words.tsv role countof) is what the count counts, the head of the count's phrase, and stands subject
    /// where the count does; read as the object of a preposition, the strike the sentence goes on to tell lost its doer.
    /// Only where the count stands subject itself: opening its clause or governed by «أنّ/إنّ» (actor_roles.tsv that); after
    /// a verb or a noun the count is its object or genitive («وقتل عدد من عناصر النظام», «لتسلل عدد من عناصر داعش»).
    /// Only an armed party: a count of people is mostly of the dead or wounded, and so is a count of fighters a passive
    /// verb of suffering follows («أن عددا من عناصر الشرطة أصيبوا»).
    /// </summary>
    private static bool IsCountedParty(ArticleIndex index, ActorHit a)
    {
        if (a.Clitics.Length > 0 || !a.IsArmed || a.First < 2 || index.Token(a.First - 1).Norm is not "من" || !index.IsRole(a.First - 2, "countof", true)
            || IsSufferingVerb(index, a.End))
        {
            return false;
        }
        var count = a.First - 2;
        var before = count - 1;
        return before < 0 || !index.Token(before).IsWord || index.Token(before).Clause != index.Token(count).Clause
            || WordRoles.ActorRoles.At(index.Text, before, "that", true) is not null;
    }

    private static bool IsSufferingVerb(ArticleIndex index, int k) =>
        k >= 0 && k < index.Count && (WordRoles.ActorRoles.Is(index.Text, k, "passive_verb", true) || WordRoles.ActorRoles.Is(index.Text, k, "passive_plural", true));

    /// <summary>
    /// «هجوم انتحاري بسيارة مفخخة استهدف مقرا للشرطة», «تفجيران انتحاريان»: the bomber word right after a deed noun is the
    /// noun's adjective and names no person (docs/annotation.md 8: the adjective of the act keeps actor1 null), so a deed
    /// that read it as its subject or carried it as the sentence's topic has no doer; no other party is looked for, since
    /// the party named next is mostly the one struck (the police, the state). As a noun («فجر انتحاري حزامه», «يقودها
    /// انتحاري») it still is a doer.
    /// </summary>
    internal static bool IsDeedAdjective(ArticleIndex index, ActorHit a) =>
        string.Equals(a.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal) && index.IsRole(a.First, "bomb", true) && EventStage.IsDeedWordBefore(index, a);

    /// <summary>
    /// «إثر تفجير مقاتلين من جبهة النصرة سيارتين», «تفجير عنصرين من التنظيم لنفسيهما»: men told by
    /// their side («N من X», joined by ActorStage.JoinPartitives) right after a bomb, shell or clash
    /// noun whose genitive has no role of its own are who set it off or fought: what such a noun
    /// is done to is a thing (a car, a building), never fighters. A noun of falling keeps its
    /// projectile as genitive («سقوط عناصر من الجيش» is their fall), and an abduction or a massacre
    /// is done to the men it names, so only bombings and clashes read this.
    /// </summary>
    private static bool IsFightersAgent(ArticleIndex index, EventCandidate e, ActorHit genitive) =>
        EventTypes.IsArmedEngagement(e.Type) && genitive.First == e.End && genitive.Clitics.Length == 0 && genitive.IsArmed && !genitive.IsNisba
        && genitive.End > e.End + 1 && index.Token(e.End + 1).Norm is "من"
        && (index.IsRole(e.End, "fighter") || index.IsRole(e.End, "forcenoun"))
        && !index.IsRole(e.First, "fallnoun", true);

    /// <summary>
    /// Civilians and protesters are acted on in violent events, never the doers; bodies such as the UN talk, deliver and
    /// broker, they do not fight. They do withdraw: peacekeepers, observers and a convoy pull out (train nc-9f0ac23b codes
    /// the peacekeepers' withdrawal to UN; Q35 of /work/handread37/tableQ.md: the UN cars that left Jamla).
    /// Protesters do cut roads: «محتجون غاضبون أقفلوا الطريق الدولية» is their blockade beside their protest (annotation.md, first coding round:
    /// protesters cutting a road, optional BLOCKADE; train nc-49b17f64 codes its doer PROTESTERS). A crowd that surrounds a police
    /// station or armoured cars («حاصروا المدرعات») besieges no place: that stays the protest's, and they do not do it.
    /// </summary>
    private static bool CanDo(EventCandidate e, ActorHit a) =>
        e.Type is "PROTEST" or "AID" or "ACCUSE" or "SUPPORT" or "AGREE" or "THREATEN"
        || (e.Type == "BLOCKADE" && e.CutsRoad && a.ActorId == "PROTESTERS")
        || (a.ActorId is not ("CIV" or "PROTESTERS") && (a.Entry?.Class != "body" || e.Type == "WITHDRAW"));

    /// <summary>True when the verb at <paramref name="verb"/> ends in the plural subject suffix («ـوا»), which a verb before a named subject never takes.</summary>
    private static bool HasPluralSubject(ArticleIndex index, int verb)
    {
        var norm = index.Token(verb).Norm;
        return norm.Length > 4 && norm.EndsWith("وا", StringComparison.Ordinal);
    }

    /// <summary>
    /// The subject of a verb: the first actor within a few tokens after it, crossing only «فيه», «أمس» and a
    /// head noun («مجاميع»). After a verb of downing (<paramref name="forceIsObject"/>) a force noun is what
    /// is downed («أسقط طائرتين حربيتين سوريتين»), so its nationality is no subject.
    /// </summary>
    private static ActorHit? SubjectAfter(ArticleIndex index, int from, int clauseEnd, bool forceIsObject = false)
    {
        var others = 0;
        for (var k = from; k < Math.Min(clauseEnd, from + SubjectWindow); k++)
        {
            var a = index.ActorAt(k);
            if (a is not null)
            {
                return (a.IsNisba && !IsForceNisba(index, a)) || index.IsPrepositionBefore(a) ? null : a;
            }
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.Norm[0] is '"' or '\'')
                {
                    continue;
                }
                return null;
            }
            if (index.IsRole(k, "skip", true))
            {
                continue;
            }
            // «طائرات حربية روسية»: a force noun and its adjectives lead to the nationality.
            if (forceIsObject && index.IsRole(k, "forcenoun", true))
            {
                return null;
            }
            // «قصفت مواقع تنظيم داعش»: a side's post or position right after the verb is its object, and the
            // party after it is the post's owner, hit by the deed.
            if (k == from && WordRoles.ActorRoles.At(index.Text, k, "holding", true) is not null)
            {
                return null;
            }
            if (index.IsRole(k, "forcenoun", true) || index.IsRole(k, "title", true))
            {
                others = 0;
                continue;
            }
            if (index.IsRole(k, "prep") || index.PlaceAt(k) is not null || ++others > 1)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// «إن الجيش هاجم تنظيم داعش», «تشير إلى أن أنقرة ستهاجم التنظيم»: the noun a bare «أنّ/إنّ» (actor_roles.tsv
    /// role that) governs, right before a verb, is the verb's subject; the party after the verb is its object. A
    /// subjunctive «أنْ» stands before the verb itself («يمكن أن يهاجم الجيش»), so a name between the two is
    /// always the governed noun.
    /// </summary>
    private static ActorHit? SubjectOfThat(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        var a = e.First > 0 ? index.ActorAt(e.First - 1) : null;
        if (a is null || a.End != e.First || a.IsNisba || a.Clitics.Length > 0 || a.First < 1 || a.First - 1 < clauseFirst)
        {
            return null;
        }
        return WordRoles.ActorRoles.At(index.Text, a.First - 1, "that", true) is not null && CanDo(e, a) ? a : null;
    }

    /// <summary>
    /// The last actor before the trigger in its clause that can do it: civilians named on the way
    /// («مسلحون يركبون دراجة مدنية أطلقوا النار») are no doer of violence, and taking them only to
    /// drop them left the doer before them unread.
    /// </summary>
    private static ActorHit? SubjectBefore(ArticleIndex index, EventCandidate e, int clauseFirst, int before)
    {
        // The clause's actors are found by bisection. The scan stops at the first actor reaching past
        // the trigger: one opening before the clause stops it before any actor of the clause is read.
        var start = index.FirstActorFrom(clauseFirst);
        if (index.FurthestActorEndBefore(start) > before)
        {
            return null;
        }
        ActorHit? best = null;
        for (var i = start; i < index.Actors.Count; i++)
        {
            var a = index.Actors[i];
            if (a.End > before)
            {
                break;
            }
            if ((IsSubjectLike(index, a) || OwnsStriker(index, e, a)) && CanDo(e, a) && !IsRetreatGenitive(index, e, a))
            {
                best = a;
            }
        }
        return best;
    }

    /// <summary>
    /// «واستغلت فرصة تقهقر مقاتلي داعش لتحقيق التقدم», «بعد انسحاب القوات النظامية منه»: the party a noun of
    /// retreat or expulsion (event_words.tsv role retreat) governs as its bare genitive is the side that gives
    /// ground; it is bound to that noun, not the subject of a later deed of the clause, whose doer is the one
    /// the retreat made way for. A withdrawal is that side's own deed, so it keeps it. A noun of driving out or defeating
    /// (role expel) is transitive, and also the past verb («طرد الجيش المسلحين», «دحر الجيش داعش»): the party right after
    /// it is the loser only when no party follows that one as the object; else it is the winner, the doer, and the
    /// party after it is the loser («دحر الجيش السوري مقاتلي المعارضة … وقصف»: the shelling is the army's). A construct
    /// noun of a group's men (role groupmen) may stand before either party («طرد مسلحي تنظيم داعش»).
    /// </summary>
    private static bool IsRetreatGenitive(ArticleIndex index, EventCandidate e, ActorHit a) =>
        e.Type != "WITHDRAW" && a.First > 0 && a.Clitics.Length == 0
        && (index.IsRole(a.First - 1, "retreat", true) || IsExpelled(index, a));

    /// <summary>The party an expel word drives out: its genitive with no object after, or the object after its genitive.</summary>
    private static bool IsExpelled(ArticleIndex index, ActorHit a)
    {
        var head = PhraseOpening(index, a.First);
        if (index.IsRole(head - 1, "expel", true))
        {
            return PartyAt(index, a.End) is null;
        }
        return index.ActorAt(head - 1) is { } winner && winner.End == head && winner.Clitics.Length == 0
            && index.IsRole(PhraseOpening(index, winner.First) - 1, "expel", true);
    }

    /// <summary>Where the noun phrase of a party opens: at the construct noun of its men before it, if one stands there.</summary>
    private static int PhraseOpening(ArticleIndex index, int first) =>
        first > 0 && index.IsRole(first - 1, "groupmen", true) ? first - 1 : first;

    /// <summary>The party at <paramref name="k"/>, or right after a construct noun of its men there.</summary>
    private static ActorHit? PartyAt(ArticleIndex index, int k) =>
        index.ActorAt(k) ?? (index.IsRole(k, "groupmen", true) ? index.ActorAt(k + 1) : null);

    /// <summary>
    /// «وكانت طائرات تابعة للتحالف الدولي قصفت», «الطائرات الحربية التابعة لنظام الأسد ألقت»: the body behind «تابعة ل»
    /// whose thing is a machine that strikes by itself (event_words.tsv role striker, an adjective allowed between),
    /// right before the verb, owns the verb's subject and is the doer; its «ل» is the affiliation's, no preposition of a
    /// target. Only right before a verb: before a noun the machine is as often what the deed is done to («إسقاط طائرة
    /// استطلاع تابعة لقوات الأسد بعد استهدافها», pool fb917721).
    /// </summary>
    private static bool OwnsStriker(ArticleIndex index, EventCandidate e, ActorHit a)
    {
        if (!e.Trigger.IsVerb || a.End != e.First || a.First < 2 || !index.IsRole(a.First - 1, "affiliation", true))
        {
            return false;
        }
        for (var k = a.First - 2; k >= Math.Max(0, a.First - 3); k--)
        {
            if (index.IsRole(k, "striker", true))
            {
                return true;
            }
        }
        return false;
    }

    private static bool PassiveBefore(ArticleIndex index, int trigger, int sentenceFirst)
    {
        for (var k = trigger - 1; k >= Math.Max(sentenceFirst, trigger - 2); k--)
        {
            if (index.IsRole(k, "passive", true))
            {
                return true;
            }
        }
        return false;
    }

    private static ActorHit? StateForceBefore(ArticleIndex index, int trigger, int sentenceFirst)
    {
        for (var k = trigger - 1; k >= sentenceFirst; k--)
        {
            if (index.ActorAt(k) is { IsNisba: false, Entry.Class: "army" } force)
            {
                return force;
            }
        }
        return null;
    }

    private static ActorHit? AfterAffiliation(ArticleIndex index, int from, int clauseEnd, out bool aimedAt)
    {
        aimedAt = false;
        for (var k = from; k < Math.Min(clauseEnd, from + 10); k++)
        {
            var m = index.Role(k, "affiliation", true);
            if (m is null)
            {
                aimedAt |= index.IsTargetPreposition(k) || IsDeedVerb(index, k);
                continue;
            }
            aimedAt |= FacilityBefore(index, k, from);
            // «تابعة للهلال الأحمر»: the ل may be glued to the name.
            var a = index.ActorAt(m.End) ?? index.ActorAt(m.End - 1);
            return a is { IsNisba: false } ? a : null;
        }
        return null;
    }

    /// <summary>
    /// «قصف مواقع تابعة للتنظيم», «اقتحام حاجز تابع للجيش»: a position or building (event_words.tsv
    /// role facility) right before the affiliation is what the deed hits, unless fire comes from it
    /// («قصف من مواقع تابعة للجيش»).
    /// </summary>
    private static bool FacilityBefore(ArticleIndex index, int affiliation, int from)
    {
        for (var k = affiliation - 1; k >= Math.Max(from, affiliation - 2); k--)
        {
            // «لمراكز تابعة للتنظيم»: the ل a verbal noun takes its object with may be glued to the word.
            if (index.IsRole(k, "facility", true))
            {
                return !(k > 0 && index.Token(k - 1).Norm == "من");
            }
        }
        return false;
    }
}
