using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The doer told after the trigger: a doer marker or pronoun («شنّه», «قام به الجيش»), the genitive
/// agent of a verbal noun («هجوم الجيش»), the «من» or «ل» of a deed noun's doer, and «من قبل» / «على يد».
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>«شنّه», «قام به الجيش»: a doer marker right after the trigger.</summary>
    private static ActorHit? Doer(ArticleIndex index, EventCandidate e, TextUnit clause, out bool pronoun)
    {
        pronoun = false;
        // Adjectives may stand between the noun and the marker: «بهجوم مباغت شنّه», «هجوم مضادّ قام به».
        for (var k = e.End; k < Math.Min(clause.End, e.End + 3); k++)
        {
            var m = index.Role(k, "doer", true);
            // «صاروخ مصدره قوات النظام»: the source noun's genitive is the doer; its pronoun is the shell, not the subject.
            if (m is null && index.Role(k, "origin", true) is { } origin)
            {
                return NextActor(index, origin.End, Math.Min(clause.End, origin.End + 4), a => !a.IsNisba || IsForceNisba(index, a));
            }
            if (m is null)
            {
                // «اعتداء انتحاري قام به داعش»: the bomber word after the deed noun is its adjective, no party (IsDeedAdjective).
                if ((index.ActorAt(k) is { } between && !IsDeedAdjective(index, between)) || index.PlaceAt(k) is not null || index.IsRole(k, "prep"))
                {
                    return null;
                }
                continue;
            }
            var named = NextActor(index, m.End, Math.Min(clause.End, m.End + 4), a => !a.IsNisba || IsForceNisba(index, a));
            // «هجوم نفذه مقاتلون على سرية القوات النظامية»: the verb's subject stands before the «على/ضد» of what it
            // struck; a party behind it is the target or its owner, never the doer (hand-read 07h S17).
            if (named is not null && TargetWordBetween(index, m.End, named.First))
            {
                named = null;
            }
            if (named is not null)
            {
                return named;
            }
            pronoun = true;
            return null;
        }
        return null;
    }

    /// <summary>Whether «على» or «ضد» (actor_roles.tsv target), the preposition of what a deed struck, stands in [from, to).</summary>
    private static bool TargetWordBetween(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Lexicons.WordRoles.ActorRoles.Is(index.Text, k, "target"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>At most this many tokens after a fallen shell its firing verb may stand: the place it fell on comes first.</summary>
    private const int FallenDoerReach = 14;

    /// <summary>
    /// «قذيفتي هاون سقطتا في حديقة ملعب بحي المزة في دمشق أطلقهما إرهابيون»: a shell told by its falling («سقطت»
    /// right after it) names its doer after where it fell, by a verb of firing with the shell's pronoun (role
    /// doer) and the party right after it. Only places and their words may stand between: a party, a
    /// second deed (any trigger, noun or verb: «بعد ساعات من هجوم نفذه مسلحون») or a word of time that
    /// opens another happening («بعد», «قبل», «إثر») is another telling, whose doer this is not.
    /// </summary>
    private static ActorHit? FallenShellDoer(ArticleIndex index, EventCandidate e, TextUnit sentence)
    {
        if (e.Type != "REMOTE" || e.Trigger.IsVerb)
        {
            return null;
        }
        // «قذيفتا هاون سقطتا»: the weapon's word may stand between the shell and its falling.
        var fall = index.IsRole(e.End, "fall", true) ? e.End : index.IsRole(e.End + 1, "fall", true) && IsWeaponWord(index, e.End) ? e.End + 1 : -1;
        if (fall < 0)
        {
            return null;
        }
        for (var k = fall + 1; k < Math.Min(sentence.End, fall + FallenDoerReach); k++)
        {
            if (index.Role(k, "doer", true) is { } m)
            {
                return index.ActorAt(m.End) is { IsArmed: true, IsNisba: false } named && named.First == m.End && named.Clitics.Length == 0 ? named : null;
            }
            var t = index.Token(k);
            if (!t.IsWord || (index.ActorAt(k) is not null && index.PlaceAt(k) is null) || index.IsRole(k, "after", true) || index.IsRole(k, "ago", true)
                || (index.PlaceAt(k) is null && Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, k) is not null))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// «أعلنت ولاءها ومبايعتها لتنظيم داعش», «الدعم العسكري لسوريا», «تسليم المواقع للجيش»: right after a verbal
    /// noun whose receiver stands behind the preposition ل (triggers.tsv actor2_prep), a party behind the clitic ل is the
    /// receiver, not the genitive agent: the pledger of «مبايعتها» is its pronoun's, the group that pledges.
    /// </summary>
    private static bool IsReceiverLam(EventCandidate e, ActorHit genitive) =>
        LamClitic.IsLam(genitive.Clitics) && Array.Exists(e.Trigger.Actor2Preps, LamClitic.IsLam);

    /// <summary>The actor right after a verbal noun, adjectives allowed between, no preposition word crossed.</summary>
    private static ActorHit? Genitive(ArticleIndex index, int from, int clauseEnd)
    {
        var limit = Math.Min(clauseEnd, from + GenitiveWindow);
        for (var k = from; k < limit; k++)
        {
            var a = index.ActorAt(k);
            if (a is not null)
            {
                return (a.IsNisba && !IsForceNisba(index, a)) || index.IsPrepositionBefore(a) ? null : a;
            }
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation && !t.IsQuoteMark)
            {
                return null;
            }
            if (index.IsRole(k, "prep") || index.PlaceAt(k) is not null || index.IsRole(k, "doer", true))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Words (adjectives: «مدفعي», «عنيفة») that may stand between a deed noun and the «من» or «ل» of its doer.</summary>
    private const int WordsBeforeDoerPreposition = 1;

    /// <summary>
    /// «قصف من القوات النظامية», «غارات للطيران الحربي», «هجوم لمسلحين»: a deed noun whose genitive is its
    /// agent names an armed doer right behind «من» (one adjective may stand between) or a clitic «ل» right
    /// after it; its target stands behind «على» or «ضد». Further off, «من» is mostly partitive («دورية من
    /// الجيش») and «ل» a target's owner («قصف مواقع لتنظيم»), so only the words right after the noun count.
    /// </summary>
    private static ActorHit? DoerBehindPreposition(ArticleIndex index, int from, int clauseEnd)
    {
        var limit = from + 1 + WordsBeforeDoerPreposition;
        var instrument = false;
        for (var k = from; k < Math.Min(clauseEnd, limit); k++)
        {
            if (index.ActorAt(k) is { } hit)
            {
                // «ل» only right after the noun: after a word it is mostly that word's owner («قصف مواقع لتنظيم»).
                return k == from && hit.First == k && hit.IsArmed && !hit.IsNisba
                    && (ArticleIndex.StartsWithCliticPrep(hit, 'ل') || IsStrikerBehindB(index, hit)) ? hit : null;
            }
            var t = index.Token(k);
            if (string.Equals(t.Norm, "من", StringComparison.Ordinal))
            {
                return index.ActorAt(k + 1) is { IsArmed: true, IsNisba: false } named && named.First == k + 1 && named.Clitics.Length == 0 ? named : null;
            }
            if (!t.IsWord || index.IsRole(k, "prep") || index.PlaceAt(k) is not null)
            {
                return null;
            }
            // «قصف عنيف بالبراميل المتفجرة من قوات النظام», «قصف بصاروخ من قوات النظام»: the weapon behind ب
            // and its definite adjectives may stand between the deed noun and the «من» of its doer, as
            // an adjective does; a bare word there («قصف بالمدفعية عددا من عناصر الجيش») is what is hit.
            if (!instrument && IsInstrument(index, k))
            {
                instrument = true;
                limit = k + 2 + InstrumentAdjectives;
            }
            else if (instrument && !Text.DefiniteForm.IsDefinite(t.Norm) && !IsWeaponWord(index, k))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// «قصف بالطيران الحربي», «غارات بطائرات النظام»: a party whose head is a machine that strikes by itself
    /// (event_words.tsv role striker: aircraft, artillery, warships), behind the ب of the instrument right after
    /// a deed noun, is the striker the noun tells, and its owner the doer; the choices read it as what was hit.
    /// </summary>
    private static bool IsStrikerBehindB(ArticleIndex index, ActorHit hit) =>
        ArticleIndex.StartsWithCliticPrep(hit, 'ب') && IsStrikerStem(index.Token(hit.First));

    /// <summary>
    /// Whether the token, its clitics and article cut off («بالطيران» → «طيران»), is a striker word. The role lookup
    /// with clitics stops at the longest row, and «الطيران» has a row of its own (remoteweapon) that hides «طيران».
    /// </summary>
    private static bool IsStrikerStem(Text.Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix <= 0 || r.Prefix >= t.Norm.Length)
            {
                continue;
            }
            var stem = t.Norm[r.Prefix..];
            if (Lexicons.WordRoles.EventWords.IsWholeWord(stem, "striker")
                || (stem.StartsWith("ال", StringComparison.Ordinal) && Lexicons.WordRoles.EventWords.IsWholeWord(stem[2..], "striker")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Definite adjectives («المتفجرة», «الثقيلة») or weapon words («الهاون») that may follow the weapon behind ب.</summary>
    private const int InstrumentAdjectives = 2;

    /// <summary>A weapon behind the clitic ب: «بالبراميل», «بقذائف», «بالطيران».</summary>
    private static bool IsInstrument(ArticleIndex index, int k) =>
        index.Token(k).Norm is { Length: > 2 } norm && norm[0] == 'ب' && IsWeaponWord(index, k);

    private static bool IsWeaponWord(ArticleIndex index, int k) =>
        index.IsRole(k, "missile", true) || index.IsRole(k, "remoteweapon", true) || index.IsRole(k, "strike", true) || index.IsRole(k, "device", true);

    /// <summary>«من قبل الجيش», «على يد التنظيم».</summary>
    private static ActorHit? AfterActor1Preposition(ArticleIndex index, int from, int clauseEnd)
    {
        for (var k = from; k < Math.Min(clauseEnd, from + 8); k++)
        {
            var m = index.Role(k, "actor1prep", true);
            if (m is not null)
            {
                // «بفعل التقدّم الكبير للجيش»: the doer may follow the noun of the means.
                for (var j = m.End; j < Math.Min(clauseEnd, m.End + 4); j++)
                {
                    if (index.ActorAt(j) is { } a)
                    {
                        return a.IsNisba || index.IsPrepositionBefore(a) ? null : a;
                    }
                    if (index.IsRole(j, "prep") || index.PlaceAt(j) is not null)
                    {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
