using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>Where candidates come from: the trigger lexicon matched on the text, one reading chosen per match, and the needs (a place, an actor, a role word) each trigger entry sets.</summary>
public sealed partial class EventStage
{
    private IEnumerable<EventCandidate> FindTriggers(ArticleIndex index)
    {
        var text = index.Text;
        // «فجر اليوم» is dawn, not «فجّر»: words inside a date expression trigger nothing. Dates are
        // found only once a trigger is seen: most articles of a general news feed have none.
        // Training's coverage report (TriggerCoverage) asks why a lexicon form gave no candidate.
        var gated = index.Context.CandidateLog?.Gated;
        var i = 0;
        while (i < text.Tokens.Count)
        {
            // «استهدف مفجر انتحاري حافلة»: the bomber is read as an (unidentified) actor, yet the word
            // also names the deed, so a device word read as an actor may still start a trigger.
            if (index.PlaceAt(i) is not null || (index.ActorAt(i) is not null && !index.IsRole(i, "device", true)))
            {
                if (gated is not null && _triggers.Matcher.MatchAt(text, i) is { } named)
                {
                    gated.Add((text.SpanOf(named.First, named.End), "in a name"));
                }
                i++;
                continue;
            }
            var m = _triggers.Matcher.MatchAt(text, i);
            if (m is null || Covered(index, m))
            {
                if (gated is not null && m is not null)
                {
                    gated.Add((text.SpanOf(m.First, m.End), "overlaps a name"));
                }
                i++;
                continue;
            }
            // «ساحة التحرير», «هيئة تحرير الشام», «عملية عاصفة الحزم»: a trigger word inside a name triggers nothing;
            // the deed noun an operation word governs («عملية مداهمات») is that deed, no name.
            var deed = IsOperationDeed(index, i, m);
            if (index.InDate(i) || (!deed && i > 0 && index.Role(i - 1, "namehead", true) is { } head && IsNameContinuation(index.Token(i), m.FirstReading, head.FirstReading.HasArticle)))
            {
                gated?.Add((text.SpanOf(m.First, m.End), index.InDate(i) ? "in a date" : "after a name head"));
                i++;
                continue;
            }
            // «الفجر», «القتل»: a word with the article is no verb; a verb-only trigger there is another word.
            // («ألقى» is spelled with an «ال» of its own: that is no article.)
            var article = m.FirstReading.HasArticle && !m.FirstReading.Base.StartsWith("ال", StringComparison.Ordinal);
            // «أسرة المواطن» (a family), «قبضة المسلحين» (a grip), «القتلة» (killers): the folding writes «ة» as «ه», so a
            // noun ending in «ة» reads like a word with the pronoun «ه» («أسره», captured him; «قبضه», his arrest). A verb
            // never ends in «ة», and no reading of such a word splits a pronoun off.
            var taa = EndsInTaaMarbuta(text, m.First);
            var noun = article || taa || deed;
            var pronoun = taa && m.FirstReading.Suffix > 0;
            var satisfied = pronoun ? [] : m.Values.Where(v => !(v.IsVerb && noun) && Satisfies(index, m, v)).ToList();
            if (satisfied.Count > 0)
            {
                var entry = Choose(index, m, satisfied);
                yield return new EventCandidate(m.First, m.End, entry, m.FirstReading) { Alternatives = satisfied, CutsRoad = entry.Type == "BLOCKADE" && RoadWordIn(index, m.First, Math.Min(index.ClauseOf(m.First).End, m.End + 3)) };
            }
            else
            {
                gated?.Add((text.SpanOf(m.First, m.End), pronoun ? "pronoun read off a ta marbuta" : m.Values.All(v => v.IsVerb && noun) ? (article ? "verb with the article" : "verb ending in ta marbuta") : "needs " + m.Values[0].Needs));
            }
            i = m.End;
        }
    }

    /// <summary>Whether the token at <paramref name="k"/> ends in «ة» as the body spells it (a noun or adjective, never a verb).</summary>
    private static bool EndsInTaaMarbuta(AnalyzedText text, int k)
    {
        var span = text.Tokens[k].Span;
        return span.End > span.Start && text.Body[span.End - 1] == '\u0629';
    }

    /// <summary>
    /// A word right after a name head, bare or with only the article, continues the name. A head
    /// with the article («الجيش», «الحركة») is no construct: only an adjective with the article
    /// («الجيش الحر») continues it, and a bare word after it is its predicate («الجيش يقصف»,
    /// «وحدات من الجيش دكّت»).
    /// </summary>
    private static bool IsNameContinuation(Token token, Segmentation reading, bool definiteHead) =>
        (reading.Prefix == 0 && !definiteHead) || (reading.HasArticle && token.Norm.StartsWith("ال", StringComparison.Ordinal) && reading.Prefix == 2);

    private static bool Covered(ArticleIndex index, PhraseMatch<TriggerEntry> m)
    {
        for (var k = m.First; k < m.End; k++)
        {
            // «هجوم انتحاري», «تفجير انتحاري»: the bomber read as an actor is the phrase's own adjective
            // (or, alone, the deed's own word: «مفجر انتحاري»).
            if (index.ActorAt(k) is not null && !index.IsRole(k, "device", true))
            {
                return true;
            }
            // «قطع طريق أعزاز»: a road the gazetteer knows may share its word with the trigger.
            if (index.PlaceAt(k) is { } p && !RouteFinder.IsRoad(p))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One spelling may be a verb and a verbal noun («قصف»): with the article or a preposition it is the noun.</summary>
    private static TriggerEntry Choose(ArticleIndex index, PhraseMatch<TriggerEntry> m, List<TriggerEntry> values)
    {
        // «سقوط قذائف»: a reading whose weapon the text names is more specific than one that needs only a place;
        // «احتجزوا رهائن» is hostage-taking, more specific than the detention «احتجز» reads alone, and
        // «اعتدوا عليه بالضرب» a beating, more specific than the assault «اعتدى» reads alone.
        if (values.Count > 1 && values.Where(v => v.Needs is "fire" or "missile" or "hostage" or "beating").ToList() is { Count: > 0 } armed)
        {
            values = armed;
        }
        var prefix = index.Text.Tokens[m.First].Norm[..m.FirstReading.Prefix];
        // After a preposition («عبر قطع», «بعد قطع») the word is a verbal noun, not a verb.
        var nounLike = m.FirstReading.HasArticle || prefix.AsSpan().IndexOfAny('ب', 'ل', 'ك') >= 0
            || (m.First > 0 && (index.IsRole(m.First - 1, "prep") || index.IsRole(m.First - 1, "background", true) || index.IsRole(m.First - 1, "passive", true)));
        foreach (var v in values)
        {
            if (v.IsVerb != nounLike)
            {
                return v;
            }
        }
        return values[0];
    }

    private static bool Satisfies(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        if (entry.Type == "MOBILIZE" && (IsCrowd(index, m) || Publishes(index, m, entry)))
        {
            return false;
        }
        if (entry.Type == "ASSAULT" && GivesGoods(index, m))
        {
            return false;
        }
        var clause = index.ClauseOf(m.First);
        switch (entry.Needs)
        {
            case "-":
                return true;
            case "road":
                return RoadWordIn(index, m.End, Math.Min(clause.End, m.End + 3));
            case "civ":
                return index.AnyActorWithin(clause.First, clause.End, a => a.ActorId == "CIV");
            case "armed":
                return index.AnyActorWithin(clause.First, clause.End, a => a.IsArmed);
            case "struck":
                // «وقال البيان إن ضربة دمرت مصنعاً»: a tally names its striker sentences before; a blow that
                // destroys or is carried out is a strike, where «ضربة موجعة» or «ضربة للجهود» is figurative.
                return index.AnyActorWithin(clause.First, clause.End, a => a.IsArmed)
                    || HasRole(index, m.End, Math.Min(clause.End, m.End + HitVerbReach), "hitverb");
            case "fighter":
                // «قُتل شرطيان», «قتلت القوات 11 مسلحاً»: fighters named by a common noun are armed too.
                return index.AnyActorWithin(clause.First, clause.End, a => a.IsArmed)
                    || HasRole(index, clause.First, clause.End, "fighter");
            case "protesters":
                // «تجمّع مئات المتظاهرين أمام المبنى»: a gathering of protesters is a protest wherever it is.
                return index.AnyActorWithin(clause.First, clause.End, a => a.ActorId == "PROTESTERS");
            case "fire" or "missile" or "hostage" or "beating":
                // «فتح عليه مسلحون مجهولون النار», «أطلقت صاروخين», «احتجزوا أربعة من الشرطة رهائن», «اعتدوا
                // على السائقين بالضرب»: the weapon, the hostage or the blows a verb needs may follow its doer and its object.
                return HasRole(index, m.End, Math.Min(clause.End, m.End + 6), entry.Needs);
            case "vowed":
                return VowOfForce(index, m.End, Math.Min(clause.End, m.End + VowReach));
            case "menace":
                return Menaces(index, m);
            case "from":
                for (var k = m.End; k < Math.Min(clause.End, m.End + 5); k++)
                {
                    if (string.Equals(index.Token(k).Norm, "عن", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                return false;
            case "blame":
                // «حمّل الإبراهيمي الحكومة والمعارضة المسؤولية»: the blamed party stands between the verb and the blame.
                return HasWord(index, m.End, Math.Min(clause.End, m.End + (PartyNamedAfter(index, m.End, clause.End) ? BlameNounReach : 8)), "blame");
            case "censure":
                // «وصف إجراء كوريا الشمالية لتجربة نووية، بأنه تصرف استفزازي»: the description may stand past a comma,
                // so the sentence bounds the reach, not the clause.
                return HasWord(index, m.End, Math.Min(index.SentenceOf(m.First).End, m.End + CensureReach), "censure");
            case "crime":
                // «قال إن النظام ارتكب جرائم حرب»: committing crimes is an accusation only as a party's word
                // on another; told as news it is the massacre itself, or a charge in court.
                return StatementRoles.CrimeSaid(index, m.First, m.End);
            case "guilt":
                return StatementRoles.GuiltSaid(index, m.First, m.End, m.FirstReading.HasArticle);
            case "place":
                for (var k = m.End; k < Math.Min(clause.End, m.End + 8); k++)
                {
                    // «السيطرة على حواجز», «اقتحموا مقر»: a position or a building is a place a side takes or leaves.
                    if (index.PlaceAt(k) is not null || index.IsRole(k, "placeref", true) || index.IsRole(k, "facility", true))
                    {
                        return true;
                    }
                }
                return PlaceBeforeRelative(index, m.First);
            case "force":
                return ForceNear(index, m, clause);
            case "arms" or "relief":
                return GiftFits(index, m.End, clause.End, entry.Needs);
            default:
                throw new InvalidDataException($"triggers.tsv: unknown need '{entry.Needs}'");
        }
    }

    /// <summary>A road or supply word, or a place named as a road («طريق دمشق - بيروت»), in [first, end).</summary>
    private static bool RoadWordIn(ArticleIndex index, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (index.IsRole(k, "road", true) || index.PlaceAt(k) is { } p && ArabicNormalizer.NormalizeKey(p.Mention.Name).StartsWith("طريق", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «مدينة القريتين التي استولوا عليها»: a verb in a relative clause takes the place its
    /// relative pronoun stands for, the place (or place word, or position) right before it.
    /// </summary>
    private static bool PlaceBeforeRelative(ArticleIndex index, int trigger)
    {
        for (var r = trigger - 1; r >= Math.Max(1, trigger - RelativeReach); r--)
        {
            if (!index.IsRole(r, "relative"))
            {
                continue;
            }
            // The relative pronoun opens a clause of its own: its antecedent is read across the bound.
            for (var k = r - 1; k >= Math.Max(0, r - 2); k--)
            {
                if (index.PlaceAt(k) is not null || index.IsRole(k, "placeref", true) || index.IsRole(k, "facility", true))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>
    /// «تعهد الأسد بتطهير البلاد», «عازمون على مواجهة ذلك», «تصميمه على "تطهير"»: a vow is a threat
    /// only when what is vowed is force, the verbal noun the vow governs by «ب» or «على» («تعهد
    /// بمواصلة الدعم» is a pledge, and a «محاربة» further on in a purpose clause is not vowed).
    /// </summary>
    private static bool VowOfForce(ArticleIndex index, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!index.IsRole(k, "vowed", true))
            {
                continue;
            }
            var norm = index.Token(k).Norm;
            if (norm.StartsWith('ب') || norm.StartsWith("وب", StringComparison.Ordinal))
            {
                return true;
            }
            // «على» may stand one word back, or two behind an opening quotation mark.
            for (var b = k - 1; b >= Math.Max(from, k - 2); b--)
            {
                if (index.Token(b).Norm is "على" or "علي")
                {
                    return true;
                }
                if (index.Token(b).IsWord)
                {
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Words after «هدد» within which what it threatens with may stand: the threatener, its target, a day and a place come
    /// between («هددت وزارة الخارجية السورية، أمس، نظيرتها اللبنانية في رسالة أرسلتها لها، بقصف»: 13 words).
    /// </summary>
    private const int MenaceReach = 16;

    /// <summary>
    /// «هدد الجيش الحر بقصف مواقع الحزب», «هددت الولايات المتحدة النظام باتخاذ خطوات», «هدد بأنه سيقصف»: a side that
    /// threatens threatens with something, behind «ب». With nothing so joined in its sentence («سجالا يهدد عملية السلام»,
    /// «أخطر ما يهدد وحدة العراق», «يهدد شبح الحصار مدينتي قدسيا») the verb is «to endanger», no party's threat (SPEC §2:
    /// threatens force).
    /// </summary>
    private static bool Menaces(ArticleIndex index, PhraseMatch<TriggerEntry> m)
    {
        var sentence = index.SentenceOf(m.First);
        for (var (k, words) = (m.End, 0); k < sentence.End && words < MenaceReach; k++)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                continue;
            }
            // The preposition itself, as a word or a clitic («بقصف», «بأنه»), not a word whose own first letter it is («بعد», «بين», «بيان»).
            if (t.Norm is "ب" || StatementRoles.BehindBa(index, k))
            {
                return true;
            }
            words++;
        }
        return false;
    }

    /// <summary>How far after a vow its deed may stand: the vower named after a verb comes between («تعهد الرئيس السوري بشار الأسد اليوم بتطهير»).</summary>
    private const int VowReach = 8;

    /// <summary>How far before a verb its relative pronoun may stand («التي استولوا عليها», «التي كانوا قد استولوا»).</summary>
    private const int RelativeReach = 3;

    /// <summary>
    /// «وسط حشد من الشباب»: the massing verb's spelling before «من» is a crowd, which moves no force, whatever
    /// armed party the clause names.
    /// </summary>
    private static bool IsCrowd(ArticleIndex index, PhraseMatch<TriggerEntry> m) =>
        m.End < index.Count && m.End - m.First == 1 && index.IsRole(m.First, "crowd", true)
        && string.Equals(index.Token(m.End).Norm, "من", StringComparison.Ordinal);

    /// <summary>True when the phrase's first token carries a clitic preposition (event_words role cliticprep: «ب», «ل»).</summary>
    private static bool PrepositionMarked(ArticleIndex index, PhraseMatch<string> m)
    {
        var norm = index.Token(m.First).Norm;
        // The article's «ل» is no preposition: «المساعدات» is the bare object, «بالمساعدات» is not.
        var clitics = m.FirstReading.HasArticle ? m.FirstReading.Prefix - 2 : m.FirstReading.Prefix;
        for (var i = 0; i < clitics && i < norm.Length; i++)
        {
            if (index.Words.IsWholeWord(norm.Substring(i, 1), "cliticprep"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A force moved or downed: a force noun (event_words.tsv role forcenoun: «قوات», «طائرات»,
    /// «سفن حربية», «بطاريات») after the trigger in its clause («إرسال أربع سفن حربية», «إسقاط
    /// ثلاث طائرات»), or as its subject just before it («البطاريتان اللتان نشرتا», «الطائرات
    /// الأميركية بدأت بالوصول»). Names the kind of thing a state moves, where «armed» needs a
    /// named armed side.
    /// </summary>
    private static bool ForceNear(ArticleIndex index, PhraseMatch<TriggerEntry> m, TextUnit clause)
    {
        var end = Math.Min(clause.End, m.End + ForceReach);
        // The subject may stand before a relative pronoun that opens the trigger's clause: the sentence bounds it.
        // «البطاريتين المرسلتين من هولندا السبت الماضي، بعد نشرهما»: a pronoun on the trigger is the force it
        // moves, named earlier in the sentence, as far back as the sentence goes.
        var sentenceFirst = index.SentenceOf(m.First).First;
        var arriving = index.IsRole(m.First, "arrival", true);
        // «لدى وصولهم على الطائرة», «قبل وصولها»: who arrives is only the pronoun, travellers and car bombs as
        // often as forces; a force noun near it is someone else (annotation.md 6.1: forces massing or sent).
        if (arriving && m.FirstReading.Suffix > 0)
        {
            return false;
        }
        var from = m.FirstReading.Suffix > 0 ? sentenceFirst : Math.Max(sentenceFirst, m.First - ForceBefore);
        for (var k = from; k < end; k++)
        {
            // «وصول امدادات الى قوات النظام»: past the «إلى» or «على» of where it goes stands no one who arrives.
            if (arriving && k >= m.End && index.Words.IsWholeWord(index.Token(k).Norm, "whither"))
            {
                break;
            }
            if ((k < m.First || k >= m.End) && index.IsRole(k, "forcenoun", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How far after a trigger its force noun may stand («إرسال أربع سفن حربية إضافية»).</summary>
    private const int ForceReach = 6;

    /// <summary>How far before a trigger its force noun may stand as the subject («البطاريتين الألمانيتين اللتين نشرتا»).</summary>
    private const int ForceBefore = 4;

    /// <summary>
    /// How far after a verb of blaming its noun of responsibility may stand when a party is named in the first words after the verb:
    /// the verb's subject and the blamed party both stand before the noun, and each is often named in full, a title, a
    /// name and a nisba («حمّل وزير الدفاع الإسرائيلي فلان نظام الرئيس السوري فلان المسؤولية»). With no party there
    /// the verb may carry a load («صاروخ يحمل مواد كيميائية على مواطنين …») and the reach stays eight.
    /// </summary>
    private const int BlameNounReach = 12;

    /// <summary>How many words after a verb of blaming a party named there makes it one of blaming somebody.</summary>
    private const int PartyNamedReach = 4;

    /// <summary>How far after a verb of describing its word of condemnation may stand («وصف الهجوم الذي استهدف … بأنه جريمة»).</summary>
    private const int CensureReach = 12;

    /// <summary>
    /// How far after a blow noun its verb of striking may stand: right after it or past one agreeing
    /// adjective («ضربات جوية استهدفت»); farther, the verb tells another subject's deed.
    /// </summary>
    private const int HitVerbReach = 2;

    private static bool HasRole(ArticleIndex index, int first, int end, string role)
    {
        for (var k = first; k < end; k++)
        {
            if (index.IsRole(k, role, true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a party other than civilians is named within the first <see cref="PartyNamedReach"/> words after
    /// <paramref name="from"/> in its clause: the subject of a verb of blaming, or the party it blames, titled or not
    /// («وزير الدفاع الإسرائيلي», «كلا من الحكومة»); the civilians a load is carried to are no such party.
    /// </summary>
    private static bool PartyNamedAfter(ArticleIndex index, int from, int clauseEnd)
    {
        var words = 0;
        for (var k = from; k < clauseEnd && words < PartyNamedReach; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (index.ActorAt(k) is { } party && !string.Equals(party.ActorId, "CIV", StringComparison.Ordinal))
            {
                return true;
            }
            words++;
        }
        return false;
    }

    /// <summary>Whether a word of the general word list <paramref name="list"/> stands in [<paramref name="first"/>, <paramref name="end"/>).</summary>
    private static bool HasWord(ArticleIndex index, int first, int end, string list)
    {
        for (var k = first; k < end; k++)
        {
            if (index.Words.IsWord(index.Text, k, list))
            {
                return true;
            }
        }
        return false;
    }
}
