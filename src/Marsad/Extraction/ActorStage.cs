using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Finds actor mentions: names with their clitics («وداعش», «للتنظيم»), nationality adjectives
/// after a noun («الاتفاق الأميركي الروسي»), and back-references («التنظيم» after «داعش»), which
/// take the id of the last group named by the noun they repeat («تنظيم داعش»), else of the last actor
/// of their class, and are dropped when nothing came before.
/// </summary>
public sealed partial class ActorStage(ActorLexicon lexicon, WordRoles words) : IExtractionStage
{
    public static ActorStage Default { get; } = new(ActorLexicon.Default, WordRoles.EventWords);

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var lastOfClass = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastByHead = new Dictionary<string, string>(StringComparer.Ordinal);
        OwnedAir? ownedAir = null;
        var datelineEnd = DatelineEnd(text.Body, context.DatelineKey);
        // The actors are not known yet: the focus country here is the places' alone.
        var national = ActorLexicon.National.GetValueOrDefault(Geo.DocumentFocus.Of(context.Places, [], text: context.Text).Country ?? "");
        var matches = lexicon.Matcher.FindAll(text);
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            // «القاعدة في العراق» is the Islamic State of Iraq in 2013 news and the past al-Qaeda branch later on.
            var entry = Choose(m.Values).InYear(context.Article.Published);
            // «الرياض (أ ف ب) -» opening the body is where the copy was filed, not a party to it.
            if (context.IsDatelineAt(m.First, m.Span))
            {
                continue;
            }
            // «دبي، الإمارات (CNN) --»: the country beside the city is the filing place too (hand-read 04b B #25).
            if (m.Span.End <= datelineEnd)
            {
                continue;
            }
            // «بينهم طالبان»: a one-word name spelled like a common word is the actor's only in an article of its context.
            if (IsNamesakeOutOfContext(context, matches, m, entry))
            {
                continue;
            }
            // «ذكرت سانا أن "إرهابيين استهدفوا …"»: the indefinite accusative is the subject only right after a bare «أن/إن»
            // and before a verb of a deed; elsewhere it is mostly who is killed («قتل إرهابيين اثنين»).
            if (WordRoles.ActorRoles.Is(text, m.First, "thatsubject") && !IsSubjectOfThat(text, m))
            {
                continue;
            }
            // «عثر على جثتي رجلين مجهولي الهوية», «واستشهد 7 مقاتلين … مجهولى الهوية»: the adjective of the dead names no attacker.
            if (WordRoles.ActorRoles.Is(text, m.First, "unknownof") && IsOfTheDead(text, m.First))
            {
                continue;
            }
            // «المقاتلين» (those named before), «مقاتلين أجانب», «مقاتلين من حزب الله»: a bare fighters' noun that is
            // definite, or a side is told after, is not the opposition.
            if (IsBareFighters(text, m) && !IsUntiedFighters(context, m))
            {
                continue;
            }
            if (entry.IsNisba && IsBlockedNisba(text, m.First))
            {
                continue;
            }
            // «واشنطن بوست», «موسكو تايمز»: a name followed by a newspaper word is the paper's title, a
            // source the article quotes; read as the state it became the doer of what the paper reports.
            if (m.End < text.Tokens.Count && words.Is(text, m.End, "outlet", allowClitics: false))
            {
                continue;
            }
            // «المرصد السوري ... ومقره بريطانيا»: where a source sits is no party to what it reports; read as the
            // state, Britain became the doer of the clashes and raids the monitor counts.
            if (entry.Class == "state" && IsSeat(text, m))
            {
                continue;
            }
            // «في شمال سوريا», «بشرق العراق»: the country a compass noun governs is a place, no party.
            if (entry.Class == "state" && entry.Kind == "name" && IsCompassGenitive(text, m))
            {
                continue;
            }
            // «جماعة علماء العراق استنكرت», «مؤتمر أصدقاء سوريا»: a state's name as the genitive of a body of people
            // says whose country the body is of; read as the state, a clerics' association became Iraq's government.
            if (entry.Class == "state" && entry.Kind == "name" && IsBodyGenitive(text, m))
            {
                continue;
            }
            // «اللجان الشعبية الموالية للنظام»: whom a party is loyal to is no party to its deed (ActorStage.Loyal.cs).
            if (entry.Class is "state" or "regime" or "army" && LoyalBefore(text, m) is var loyal and >= 0)
            {
                // «الموالي للحكومة السورية»: the nationality is the government's, no mention of its own.
                var ownNisba = i + 1 < matches.Count && matches[i + 1].First == m.End && Choose(matches[i + 1].Values).IsNisba;
                var last = ownNisba ? matches[i + 1] : m;
                ReadLoyalParty(context, loyal, national, (last.End, last.Span.End));
                i += ownNisba ? 1 : 0;
                continue;
            }
            // «الشرطة», «السلطات»: an id belongs to its country, so a generic word takes the focus country's.
            if (entry.IsNational)
            {
                // «طائرات حربية تركية», «الشرطة البريطانية»: a nationality right after the generic word says whose they are.
                // «مروحيات سورية», «طائرات إسرائيل»: after an indefinite generic word a state's name is its
                // adjective or its genitive, and says whose they are as well.
                var owner = i + 1 < matches.Count && matches[i + 1].First == m.End && Choose(matches[i + 1].Values) is { } next
                    && (next.IsNisba || (next.Class == "state" && next.Kind == "name" && !Text.DefiniteForm.IsDefinite(text.Tokens[m.First].Norm))) ? next : null;
                // «الجانب السوري», «الجانب الروسي»: the state itself, whose forces act where the deed is violent (ActorLinker.ArmedFormOf).
                if (entry.Class == "side")
                {
                    if (owner is not null)
                    {
                        var span = new TextSpan(m.Span.Start, matches[i + 1].Span.End);
                        context.Actors.Add(new ActorHit(m.First, matches[i + 1].End, span, owner.Id, false, entry with { Id = owner.Id, Kind = "name", Class = "state" }) { Clitics = Clitics(text, m) });
                        lastOfClass["state"] = owner.Id;
                        i++;
                    }
                    // «الجانب» alone («الجانب الآخر») names nobody.
                    continue;
                }
                // «السلطات الكويتية», «الحكومة التركية», «النظام الإيراني»: a nationality after the generic word of a government names
                // the state, as it does after the police; read as the focus country's authorities, an arrest
                // announced in Kuwait went to Iraq's forces (hand-read of issue 9's ARREST doers, dev sn-818f1cdb).
                if (entry.Class is "state" or "regime" && owner is { IsNisba: true })
                {
                    var whole = new TextSpan(m.Span.Start, matches[i + 1].Span.End);
                    context.Actors.Add(new ActorHit(m.First, matches[i + 1].End, whole, owner.Id, false, entry with { Id = owner.Id, Kind = "name", Class = "state" }) { Clitics = Clitics(text, m) });
                    lastOfClass["state"] = owner.Id;
                    i++;
                    continue;
                }
                if (entry.Class is "army" or "air" && owner is not null)
                {
                    // The adjective names the state; the police or warplanes of a state are its forces' id (KWT → KWT-MIL).
                    var forces = ActorLexicon.ForcesOf(owner.Id);
                    var whole = new TextSpan(m.Span.Start, matches[i + 1].Span.End);
                    context.Actors.Add(new ActorHit(m.First, matches[i + 1].End, whole, forces, false, entry with { Id = forces, Kind = "name", Class = "army" }) { Clitics = Clitics(text, m) });
                    lastOfClass["army"] = forces;
                    ownedAir = entry.Class == "air" ? NoteOwnedAir(text, m, forces) : ownedAir;
                    i++;
                    continue;
                }
                // «طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده الولايات المتحدة», «مروحيات تابعة للجيش
                // التركي»: the body named after «تابعة ل» owns the warplanes, whatever country the article is about.
                // A generic force word is owned the same way: «قوة أمنية تابعة لقوات البيشمركة» is the Peshmerga's,
                // not the article's country's army (s41b-arrest).
                if (entry.Class is "air" or "army" && AffiliatedOwner(text, matches, i) is { } affiliated)
                {
                    context.Actors.Add(new ActorHit(m.First, m.End, m.Span, affiliated, false, entry with { Id = affiliated, Kind = "name", Class = "army" }) { Clitics = Clitics(text, m) });
                    lastOfClass["army"] = affiliated;
                    continue;
                }
                // «ينتقد المعارضين», «الفصائل المعارضة», «وفد المعارضة»: a bare opposition word that names no armed party (ActorStage.Opposition.cs).
                if (entry.Class == "rebels" && IsNoRebelsMention(text, m))
                {
                    continue;
                }
                // «مقاتلي المعارضة السورية» in an American or Turkish report, «الفصائل العراقية»: a nationality after
                // the generic word of an unnamed opposition, militia or Kurdish force says whose it is, as it does
                // after the police; read by the focus country, Syria's rebels armed from abroad became nobody's.
                var owned = entry.Class is "org" or "militia" or "kurds" or "opposition" or "tribes" && owner is { IsNisba: true } && ActorLexicon.NationalOf(owner.Id) is { } theirs
                    ? NationalIdFor(theirs, entry.Class)
                    : null;
                // Unnamed gunmen, and gunmen loyal to a government with no militia id, are
                // UNIDENTIFIED-ARMED wherever the table has no id of its own for them.
                // «المعارضين الإيرانيين»: the nationality says whose opponents they are; only Syria's are its rebels.
                var id = entry.Class == "rebels" && owner is { IsNisba: true }
                    ? (ActorLexicon.NationalOf(owner.Id) is { } of ? NationalIdFor(of, entry.Class) : null)
                    : owned ?? (entry.Class == "air" ? OwnedAirBefore(text, m, ownedAir) : null) ?? NationalIdFor(SpokenOf(text, matches, i, entry, national), entry.Class);
                if (id is null)
                {
                    continue;
                }
                // Warplanes and militias are the army class once their owner is known, Kurdish forces an armed
                // organisation, the revolutionary forces a political body, a bare «النظام» the government (state).
                var cls = entry.Class switch
                {
                    "air" or "militia" or "coalition" => "army",
                    "kurds" or "tribes" => "org",
                    "opposition" => "body",
                    "regime" => "state",
                    "rebels" => "org",
                    _ => entry.Class,
                };
                // An owning nationality is part of the name.
                var (end, nameSpan) = owned is null ? (m.End, m.Span) : (matches[i + 1].End, new TextSpan(m.Span.Start, matches[i + 1].Span.End));
                context.Actors.Add(new ActorHit(m.First, end, nameSpan, id, false, entry with { Id = id, Class = cls }) { Clitics = Clitics(text, m) });
                i += owned is null ? 0 : 1;
                // A militia named beside the army («قوات النظام والمسلحين الموالين لها») is not what a later «القوات الحكومية» refers back to.
                if (entry.Class != "militia")
                {
                    lastOfClass[cls] = id;
                }
                continue;
            }
            if (entry.IsReference)
            {
                // «التنظيم» repeats the noun of a group's name («تنظيم داعش», «تنظيم القاعدة»): it refers back to the
                // last group so named (by any of its names: «داعش» alone too), not to the last armed words of
                // any kind («الفصائل», «مسلحون», «المعارضة المسلحة»), which no one calls «التنظيم» (s19-nobody).
                if (entry.Class is "org" or "body" && entry.Head is { } head && lastByHead.TryGetValue(head, out var named))
                {
                    context.Actors.Add(new ActorHit(m.First, m.End, m.Span, named, true, entry with { Id = named }) { Clitics = Clitics(text, m) });
                    continue;
                }
                // «التحالف» repeats the noun of the coalition named before, unless an adjective names another alliance (ActorStage.Coalition.cs).
                if (entry.Class == "coalition")
                {
                    ReadCoalition(context, m, entry, lastByHead);
                    continue;
                }
                // «الائتلاف» repeats the noun of a body's name («الائتلاف الوطني السوري»); with no body so
                // named before it is some other coalition (an Iraqi electoral list), not the last body named.
                if (entry.Class == "body")
                {
                    continue;
                }
                // «القوات الحكومية», «الجيش» with no army named before: the army of the article's country.
                if (!lastOfClass.TryGetValue(entry.Class, out var antecedent)
                    && !(entry.Class == "army" && SpokenOf(text, matches, i, entry, national) is { } fallback && (antecedent = fallback.Forces) is not null))
                {
                    continue;
                }
                context.Actors.Add(new ActorHit(m.First, m.End, m.Span, antecedent, true, entry with { Id = antecedent }) { Clitics = Clitics(text, m) });
                continue;
            }
            // «وشنت الجبهة -وهي جناح تنظيم القاعدة في البلاد- هجوما»: the parent an apposition describes a named group by
            // is no party to the sentence; read as one, it took the deed from the group that did it (hand-read 06h A30).
            // It is still an actor the article names, but no antecedent: the loop goes on before lastByHead and
            // lastOfClass are set, so a later «التنظيم» repeats the last group named as a party (the described
            // one, when it was read as a name), never the parent, and with no such group it is dropped.
            if (entry.Kind == "name" && IsParentInApposition(context, m.First))
            {
                context.Actors.Add(new ActorHit(m.First, m.End, m.Span, entry.Id, false, entry) { Clitics = Clitics(text, m), IsAside = true });
                continue;
            }
            context.Actors.Add(new ActorHit(m.First, m.End, m.Span, entry.Id, false, entry) { Clitics = Clitics(text, m) });
            // «اللجان الشعبية», «الشبيحة» are militias beside the army: a later «الجيش» or «القوات» is the army, not
            // them (as for the national militia words above).
            if (!entry.IsNisba && !ActorLexicon.IsMilitia(entry.Id))
            {
                lastOfClass[entry.Class] = entry.Id;
            }
            if (entry.Kind == "name" && lexicon.HeadsOf(entry.Id) is { } heads)
            {
                foreach (var h in heads)
                {
                    lastByHead[h] = entry.Id;
                }
            }
            // «وتنظيم «حزب العمال الكردستاني»», «تنظيم «بي واي دي»»: the text itself calls the group by the noun
            // a later «التنظيم» repeats, though none of its listed names opens with it.
            // Only a group or a body: before a state or a people «تنظيم» is the verbal noun («تنظيم تركيا للمؤتمر»).
            if (entry.Kind == "name" && entry.Class is ("org" or "body") && NounBefore(text, m.First) is { } noun)
            {
                lastByHead[noun] = entry.Id;
            }
        }
        ElidedArmies(context);
        JoinPartitives(context);
    }

    /// <summary>
    /// «مسلحون من حزب العمال», «عناصر من التنظيم», «مقاتلين من الجيش الحر», «قوة من الجيش العراقي»: fighters or a unit «من» a named
    /// side, or tied to it by a word of belonging («مسلحون ينتمون لحزب العمال», s37b-doers), are that side, and the phrase stands where the fighters stand. Read as the bare name
    /// behind «من» it looked like the object of a preposition (no subject, so neither doer nor free
    /// mention), and a generic word for the fighters («مسلحون») was a second, unnamed side of its own.
    /// The mention is widened to the fighters' word and that word's own generic hit dropped.
    /// </summary>
    private void JoinPartitives(ExtractionContext context)
    {
        var text = context.Text;
        var actors = context.Actors;
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.IsNisba || a.First < 2)
            {
                continue;
            }
            var from = text.Tokens[a.First - 1].Norm == "من" ? a.First - 1 : BelongingBefore(text, a) ?? -1;
            if (from < 1 || text.Tokens[from - 1].Clause != text.Tokens[a.First].Clause)
            {
                continue;
            }
            var armed = words.At(text, from - 1, "fighter", allowClitics: true);
            var fighters = armed ?? words.At(text, from - 1, "forcenoun", allowClitics: true)
                ?? words.At(text, from - 1, "unitnoun", allowClitics: true);
            if (fighters is null || fighters.End != from)
            {
                continue;
            }
            if (armed is not null && armed.End == from)
            {
                a = ArmedOpposition(a);
            }
            actors[i] = a with { First = fighters.First, Span = new TextSpan(fighters.Span.Start, a.Span.End), Clitics = text.Tokens[fighters.First].Norm[..fighters.FirstReading.Prefix] };
            // The generic word for the same fighters («مسلحون» → UNIDENTIFIED-ARMED) names no other side.
            if (i > 0 && actors[i - 1] is { IsReference: false } generic && generic.First >= fighters.First && generic.End <= from && generic.Entry is { IsNational: true } or { Id: ActorLexicon.UnidentifiedArmed })
            {
                actors.RemoveAt(i - 1);
                i--;
            }
        }
    }

    /// <summary>
    /// Where the dateline that opens the body ends («بغداد، العراق (CNN) --»), or 0: only when the
    /// article's dateline is the body's opening place, so a body that merely starts with a name
    /// («دمشق تتهم …») keeps it.
    /// </summary>
    private static int DatelineEnd(string body, string? dateline)
    {
        if (dateline is null)
        {
            return 0;
        }
        var firstLine = body.AsSpan().IndexOf('\n') is var nl and >= 0 ? body[..nl] : body;
        return Ingestion.BylineParser.Default.ParseDateline(firstLine) is { Dateline: { } opening } parsed
            && string.Equals(Text.ArabicNormalizer.NormalizeKey(opening), dateline, StringComparison.Ordinal) ? parsed.Length : 0;
    }

    /// <summary>
    /// The noun a back-reference repeats («تنظيم») standing right before a name, past its quotes and with
    /// its clitics («وتنظيم «الكردستاني»»), or null.
    /// </summary>
    private string? NounBefore(AnalyzedText text, int first)
    {
        var j = first - 1;
        while (j >= 0 && j >= first - 2 && text.Tokens[j].Kind == TokenKind.Punctuation)
        {
            j--;
        }
        if (j < 0 || text.Tokens[j].Kind != TokenKind.Word || text.Tokens[j].Clause != text.Tokens[first].Clause)
        {
            return null;
        }
        var readings = text.Tokens[j].Segmentations;
        for (var r = 0; r < readings.Count; r++)
        {
            if (lexicon.ReferenceHeadOf(readings[r].Base) is { } head)
            {
                return head;
            }
        }
        return null;
    }

    /// <summary>
    /// The name is a body's seat: after a seat noun with its owner's pronoun («ومقره بريطانيا», «ومقرها في
    /// لندن»; the pronoun leaves the noun no genitive, so the name is its predicate, not an owner as in «مقر
    /// الحزب»), or between «من» and a bare seat noun («يتخذ من بريطانيا مقرا له»).
    /// </summary>
    private bool IsSeat(AnalyzedText text, PhraseMatch<ActorEntry> m)
    {
        var before = m.First - 1;
        if (before >= 0 && text.Tokens[before].Norm == "في" && m.FirstReading.Prefix == 0)
        {
            before--;
        }
        if (before >= 0 && text.Tokens[before].Clause == text.Tokens[m.First].Clause && words.Is(text, before, "seat", allowClitics: true))
        {
            return true;
        }
        return m.First >= 1 && text.Tokens[m.First - 1].Norm == "من" && m.FirstReading.Prefix == 0
            && m.End < text.Tokens.Count && words.Is(text, m.End, "seatnoun", allowClitics: false);
    }

    /// <summary>
    /// The name, with no clitic of its own, right after a noun of a body of people in its clause (event_words.tsv
    /// bodyhead) that has no article: the head of a genitive construct («شبكة سوريا»). After the noun with its
    /// article the name is an adjective («الصحيفة السعودية»: the Saudi paper), read elsewhere.
    /// </summary>
    private bool IsBodyGenitive(AnalyzedText text, PhraseMatch<ActorEntry> m) =>
        m.First >= 1 && m.FirstReading.Prefix == 0 && text.Tokens[m.First - 1].Clause == text.Tokens[m.First].Clause
        && !Text.DefiniteForm.IsDefinite(text.Tokens[m.First - 1].Norm)
        && words.Is(text, m.First - 1, "bodyhead", allowClitics: true);

    /// <summary>The id a state's national row gives a generic word of this class; UNIDENTIFIED-ARMED for gunmen or a militia it has no id for.</summary>
    private static string? NationalIdFor(NationalIds? national, string cls) =>
        national?.For(cls) ?? cls switch
        {
            "org" or "militia" => ActorLexicon.UnidentifiedArmed,
            "coalition" => ActorLexicon.DefaultCoalition,
            _ => null,
        };

    private static string Clitics(AnalyzedText text, PhraseMatch<ActorEntry> m) => text.Tokens[m.First].Norm[..m.FirstReading.Prefix];

    /// <summary>
    /// Whether the name opening at <paramref name="first"/> stands right after «جناح», «فرع» or «ذراع» (event_words.tsv
    /// branch), which itself follows the last actor found, with at most a comma, a dash or «وهي/وهو» (apposer; a bare «هي/هو» only behind a comma, a dash or a bracket: IsApposer) between:
    /// «جبهة النصرة، وهي فرع تنظيم القاعدة في سوريا». A branch word with no group before it is the doer's own name
    /// («أعلن فرع تنظيم القاعدة في العراق مسؤوليته»), and «جناحه السوري» with its pronoun is another construction.
    /// </summary>
    private bool IsParentInApposition(ExtractionContext context, int first)
    {
        var text = context.Text;
        if (first < 2 || !words.Is(text, first - 1, "branch", allowClitics: false))
        {
            return false;
        }
        var k = first - 2;
        var pronoun = false;
        for (var skipped = 0; k >= 0 && skipped < 3 && (!text.Tokens[k].IsWord || IsApposer(text, k)); skipped++)
        {
            pronoun |= text.Tokens[k].IsWord;
            k--;
        }
        // «وهي جناح …» describes the noun before it whether or not that noun was read as a name («الجبهة»).
        return k >= 0 && (pronoun ? text.Tokens[k].IsWord : context.Actors.Count > 0 && context.Actors[^1].End == k + 1);
    }

    /// <summary>
    /// «وهي», «وهو» (apposer) open an apposition anywhere; a bare «هي», «هو» (apposerbare) only right after a comma, a
    /// dash or a bracket («الجبهة، هي جناح …»): elsewhere it is a copula, and the group after the branch word is the
    /// predicate, named as the doer («الجماعة التي نفذت التفجير أمس هي فرع تنظيم القاعدة», review31 finding 4).
    /// </summary>
    private bool IsApposer(AnalyzedText text, int k) =>
        words.Is(text, k, "apposer", allowClitics: false)
        || (words.Is(text, k, "apposerbare", allowClitics: false) && k > 0 && !text.Tokens[k - 1].IsWord);

    /// <summary>A name reading wins over a nisba or a reference when one phrase is listed as several.</summary>
    private static ActorEntry Choose(IReadOnlyList<ActorEntry> values)
    {
        foreach (var v in values)
        {
            if (v.Kind == "name")
            {
                return v;
            }
        }
        return values[0];
    }

    /// <summary>«الدولار الأميركي», «الأراضي السورية»: the adjective describes a thing, not an actor.</summary>
    private bool IsBlockedNisba(AnalyzedText text, int index)
    {
        // Walk back over a chain of adjectives to the noun they qualify.
        for (var i = index - 1; i >= 0 && i >= index - 3; i--)
        {
            var t = text.Tokens[i];
            if (!t.IsWord)
            {
                return false;
            }
            if (words.Is(text, i, "nisbablock", allowClitics: true))
            {
                return true;
            }
            if (!lexicon.Matcher.MatchAt(text, i, false)?.Values.Any(v => v.IsNisba) ?? true)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the mention stands right after a bare complementizer («أن», «إن», «بأن»; a quotation mark may open it) and right before a verb of a deed.</summary>
    private static bool IsSubjectOfThat(AnalyzedText text, PhraseMatch<ActorEntry> m)
    {
        var before = m.First - 1;
        while (before >= 0 && text.Tokens[before].IsDoubleQuote)
        {
            before--;
        }
        return before >= 0 && WordRoles.ActorRoles.Is(text, before, "that", true) && m.End < text.Tokens.Count
            && TriggerLexicon.Default.Matcher.MatchAt(text, m.End) is { } verb && verb.Values.Any(static t => t.IsVerb && EventTypes.IsLethalViolence(t.Type));
    }
}
