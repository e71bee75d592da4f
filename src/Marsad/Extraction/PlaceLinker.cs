using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// Places an event (SPEC §1: where it happens). Candidates after the trigger in its clause,
/// named places and back-references («المدينة») alike, the most precise first (point, region,
/// country), the nearest on a tie; then the nearest before it in the clause; then the nearest in
/// the sentence; never a landmark that locates another place («(350 كلم شمال بغداد)»). Places
/// that name the event's doer («واشنطن») are not locations. Road events
/// are placed where the road is cut: a town of the sentence that is not one of the road's ends,
/// or the single end of «طريق أعزاز».
/// </summary>
internal static partial class PlaceLinker
{
    private const int AfterWindow = 20;

    private static void LinkPlace(ArticleIndex index, EventCandidate e, IReadOnlyList<RoadMention> roads)
    {
        var clause = index.ClauseOf(e.First);
        var sentence = index.SentenceOf(e.First);

        if (EventTypes.IsRouteEvent(e.Type) && RouteFinder.ForTrigger(roads, e, index) is { } road)
        {
            LinkRoad(index, e, road, sentence);
            if (e.Place is not null)
            {
                return;
            }
        }

        // Commas in Arabic news set off asides («فجر اليوم الاثنين،»): the place may follow one, up to the next event.
        var limit = Math.Min(sentence.End, e.End + AfterWindow);
        var afterList = Unquoted(index, e, sentence, Candidates(index, e, e.End, NextTrigger(index, AimedDeedEnd(index, e, ThreatenedDeedEnd(index, e, limit), limit), limit, !e.Trigger.IsVerb)));
        var before = Unquoted(index, e, sentence, Candidates(index, e, clause.First, e.First));
        var after = PastRoadEnd(index, e, roads, afterList, MostPrecise(index, e, afterList), before);
        if (Sufferer(index, e, clause) is var (sufferer, list) && (after is not { } a || RankOf(a) >= RankOf(sufferer)))
        {
            Set(e, sufferer, "clause");
            AddCoordinated(index, e, list, sufferer);
            return;
        }
        if (after is not null)
        {
            var chosen = Included(index, afterList, after.Value) ?? after.Value;
            Set(e, chosen, "clause");
            AddCoordinated(index, e, afterList, chosen);
            if (chosen == after.Value)
            {
                AddListedBeforeChosen(index, e, afterList, afterList.IndexOf(chosen));
            }
            return;
        }
        if (before.Count > 0)
        {
            // «وفي الموصل (350 كلم شمال بغداد)، انفجرت»: the nearest is the landmark; the place it locates is the event's.
            var last = LastBefore(index, e, roads, before);
            if (last >= 0)
            {
                last = Unframed(index, before, last);
                Set(e, before[last], "clause");
                AddCoordinatedBefore(index, e, before, last);
                return;
            }
        }
        // The setting of the sentence, told before the trigger; places after it belong to the events told after it.
        var inSentence = Unquoted(index, e, sentence, Candidates(index, e, sentence.First, e.First));
        if (inSentence.Count > 0)
        {
            var point = inSentence.FindLastIndex(c => RankOf(c) == 0 && !IsLandmark(index, c));
            point = point >= 0 ? point : inSentence.FindLastIndex(c => !IsLandmark(index, c));
            if (point >= 0)
            {
                var chosen = Unframed(index, inSentence, point);
                Set(e, inSentence[chosen], Fronted(index, inSentence[point], clause) ? "clause" : "sentence");
                AddCoordinatedBefore(index, e, inSentence, chosen);
            }
        }
    }

    /// <summary>Tokens back from a deed to the verb of undergoing it, over the places that undergo it («تعرضت أحياء القابون وجوبر وبرزة لقصف»).</summary>
    private const int UndergoReach = 14;

    /// <summary>
    /// «تعرضت مدينة الباب بريف حلب لغارات جوية من …», «أن بلدة X تعرضت الليلة الماضية إلى قصف من
    /// مطار Y»: the subject of a verb of undergoing is what the deed (behind «ل» or «إلى») befell,
    /// and when it is a place, it is where the deed happened, whatever places follow the deed (its
    /// origin, the next event's town). The subject stands between the verb and the deed (a list
    /// there is one event per place), or right before the verb; of a place and its frame («الباب
    /// بريف حلب»), the place.
    /// </summary>
    private static (Candidate Place, List<Candidate> List)? Sufferer(ArticleIndex index, EventCandidate e, Text.TextUnit clause)
    {
        if (e.Trigger.IsVerb || !PatientBefore.BehindTo(index, e))
        {
            return null;
        }
        var verb = -1;
        // «يتعرض حي جوبر، في شرق العاصمة، للقصف»: an aside between commas splits the clause, not the sentence; only
        // a deed with «ل» written on it or «إلى» before it is read across (BehindTo also takes the article's «ال»).
        var trigger = index.Token(e.First).Norm;
        var from = (trigger.Length > 2 && trigger[0] == 'ل') || (e.First > 0 && index.Token(e.First - 1).Norm is "الي" or "ل")
            ? index.SentenceOf(e.First).First : clause.First;
        for (var k = e.First - 1; k >= Math.Max(from, e.First - UndergoReach) && !index.IsTrigger(k); k--)
        {
            if (index.IsRole(k, "undergo", true))
            {
                verb = k;
                break;
            }
        }
        if (verb < 0)
        {
            return null;
        }
        var between = Candidates(index, e, verb + 1, e.First);
        if (between.Count > 0)
        {
            return (between[0], between);
        }
        var before = Candidates(index, e, Math.Min(clause.First, index.ClauseOf(verb).First), verb);
        if (before.Count == 0 || (before[^1].IsReference ? before[^1].Token + 1 : before[^1].Place.End) != verb)
        {
            return null;
        }
        return (before[Unframed(index, before, before.Count - 1)], []);
    }

    /// <summary>
    /// «حي السيدة زينب بالعاصمة السورية شهد اشتباكات», «قرية المالكية غربي مدينة السفيرة»: the
    /// nearest place before a trigger may only say where the place before it lies; the coder takes
    /// the most precise place where it happened, so the walk goes back over such frames.
    /// </summary>
    private static int Unframed(ArticleIndex index, List<Candidate> candidates, int chosen)
    {
        while (chosen > 0 && Frames(index, candidates[chosen - 1], candidates[chosen]))
        {
            chosen--;
        }
        var inside = InsideFrame(index, candidates, chosen);
        return inside == chosen ? chosen : Unframed(index, candidates, inside);
    }

    /// <summary>Tokens that may stand between a place and its frame: «في», a compass word, a settlement word, a dash or comma.</summary>
    private const int FrameGap = 4;

    /// <summary>
    /// True when <paramref name="frame"/> follows <paramref name="place"/> closely with only a
    /// preposition, a compass word, a settlement word or a dash or comma between (no «و»: that is
    /// a list), and is wider than it or located from it by a compass word.
    /// </summary>
    private static bool Frames(ArticleIndex index, Candidate place, Candidate frame)
    {
        if (place.IsReference || frame.IsReference || frame.Token < place.Place.End || SamePlace(place.Place, frame.Place))
        {
            return false;
        }
        if (frame.Token - place.Place.End > FrameGap)
        {
            return FramesThroughRelative(index, place, frame);
        }
        var lexicon = Geo.PlaceLexicon.Default;
        var compass = false;
        for (var k = place.Place.End; k < frame.Token; k++)
        {
            var t = index.Token(k);
            if (t.Kind == Text.TokenKind.Punctuation)
            {
                if (t.Norm is not ("-" or "،" or "," or "("))
                {
                    return false;
                }
                continue;
            }
            if (lexicon.DirectionNouns.ContainsKey(t.Norm))
            {
                compass = true;
                continue;
            }
            // «بالعاصمة السورية»: the preposition is written on the settlement word, so its clitic readings count too.
            if (!t.IsWord || !t.Segmentations.Any(s => lexicon.Prepositions.Contains(s.Base) || lexicon.Cues.ContainsKey(s.Base)))
            {
                return false;
            }
        }
        // «في محافظة حلب في شمال البلاد»: a frame named by its compass word is a part of a country, wider than the place it frames;
        // so is one whose compass word carries the preposition as a clitic («محافظة الانبار بغرب العراق»); a «و» on it joins a
        // list («في تركيا وشمال العراق»), no frame.
        var head = index.Token(frame.Place.First);
        compass |= head.Segmentations.Any(s => s.Suffix == 0 && !s.HasArticle && lexicon.DirectionNouns.ContainsKey(s.Base)
                && !head.Norm.AsSpan(0, s.Prefix).Contains('و'))
            && frame.Place.Mention.Precision != "point";
        return compass || RankOf(place) < RankOf(frame) || PutBy(place.Place, frame.Place);
    }

    /// <summary>
    /// The places after a trigger belong to it only up to the next event's trigger («الانتقال إلى
    /// الهجوم خلال هجوم الجيش في الريف»); but a deed joined right after it by «و» («قصف واشتباكات في
    /// الأحياء الجنوبية لدمشق وفي ريف درعا») is a pair told at the same places: both take them.
    /// </summary>
    private static int NextTrigger(ArticleIndex index, int from, int limit, bool pairs = false)
    {
        for (var k = from; k < limit; k++)
        {
            if (index.IsTrigger(k) && !(pairs && k == from && Paired(index, k)))
            {
                return k;
            }
        }
        return limit;
    }

    /// <summary>Tokens after a threat's trigger within which the deed it threatens may stand («هددت سوريا الخميس بقصف»).</summary>
    private const int ThreatReach = 4;

    /// <summary>
    /// «هددت سوريا بقصف تجمعات … في لبنان», «هددت باقتحام ماسبيرو»: the deed a threat threatens,
    /// behind «ب» right after it, is no next event whose places the threat must leave: where the
    /// deed would strike is the threatened area (guideline 6.4). The window after a THREATEN
    /// trigger starts past that deed's trigger; any other trigger still closes it.
    /// </summary>
    private static int ThreatenedDeedEnd(ArticleIndex index, EventCandidate e, int limit)
    {
        if (!string.Equals(e.Type, "THREATEN", StringComparison.Ordinal))
        {
            return e.End;
        }
        for (var k = e.End; k < Math.Min(limit, e.End + ThreatReach); k++)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                return e.End;
            }
            if (index.IsTrigger(k))
            {
                return t.Norm.Length > 2 && t.Norm[0] == 'ب' ? k + 1 : e.End;
            }
        }
        return e.End;
    }

    /// <summary>
    /// «حشدت القوات آليات وجنودا لاقتحام مدينة داريا», «أرسلت تعزيزات لمحاصرة المدينة»: a build-up is placed where
    /// its forces mass or go (guideline 6.4), and forces sent to storm, besiege or retake a place go there. The
    /// deed of its purpose (the first trigger after it, a use of force behind ل) is no next event whose places the
    /// build-up must leave: the window after a MOBILIZE trigger runs past that trigger; any later trigger still
    /// closes it. A place named before the purpose («تعزيزات إلى حمص لاستعادة تدمر») stays the nearer of equals.
    /// </summary>
    private static int AimedDeedEnd(ArticleIndex index, EventCandidate e, int from, int limit)
    {
        if (!string.Equals(e.Type, "MOBILIZE", StringComparison.Ordinal))
        {
            return from;
        }
        for (var k = from; k < limit; k++)
        {
            if (!index.IsTrigger(k))
            {
                continue;
            }
            // «تحشدان لمظاهرة كبرى»: a side rallying its people for a protest calls the protest; it masses no force.
            return IsPurposeLam(index.Token(k)) && EventTypes.IsUseOfForce(index.TriggerTypeAt(k)!) ? k + 1 : from;
        }
        return from;
    }

    /// <summary>A word behind the clitic ل of purpose with a base of three letters or more («لاقتحام», «للسيطرة»; not «لوح»).</summary>
    private static bool IsPurposeLam(Text.Token t)
    {
        if (!t.IsWord)
        {
            return false;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && r.Base.Length >= 3 && LamClitic.IsLam(t.Norm[..r.Prefix]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A trigger written with the conjunction «و»: with a verbal noun before it, the second of a pair of deeds («قصف واشتباكات»).</summary>
    private static bool Paired(ArticleIndex index, int k)
    {
        var t = index.Token(k);
        return t.IsWord && t.Norm.Length > 2 && t.Norm[0] == 'و';
    }

    private static void LinkRoad(ArticleIndex index, EventCandidate e, RoadMention road, Text.TextUnit sentence)
    {
        if (road.Feature is { } feature)
        {
            // A road the gazetteer knows by name («طريق أعزاز»): it is cut somewhere along it, and its name gives its ends.
            var ends = RouteFinder.EndsFromName(feature);
            if (ends.Count > 0)
            {
                e.Route = ends;
            }
            Set(e, new Candidate(feature, feature.First), "road");
            return;
        }
        if (road.Ends.Count > 0)
        {
            e.Route = [.. road.Ends.Select(p => p.Mention.Text)];
        }
        if (road.Ends.Count == 1)
        {
            var end = road.Ends[0];
            var other = Candidates(index, e, sentence.First, sentence.End)
                .Where(c => c.Place.Mention.Precision == "point" && !SamePlace(c.Place, end) && !ArticleIndex.IsFacility(c.Place))
                .OrderBy(c => Math.Abs(c.Token - road.Token))
                .Select(c => c.Place)
                .FirstOrDefault();
            if (other is not null)
            {
                e.Route = [other.Mention.Text, end.Mention.Text];
            }
            Set(e, new Candidate(end, end.First), "road");
            return;
        }
        if (road.Ends.Count == 2)
        {
            var onRoad = Candidates(index, e, sentence.First, sentence.End)
                .Where(c => c.Place.Mention.Precision == "point" && !road.Ends.Any(x => SamePlace(x, c.Place)) && (c.Token < road.Token || c.Token >= road.End || road.Anaphoric))
                .OrderBy(c => Math.Abs(c.Token - e.First))
                .FirstOrDefault();
            Set(e, onRoad.Place is not null ? onRoad : new Candidate(road.Ends[0], road.Ends[0].First), "road");
        }
    }

    /// <remarks>A village put at the town it is told by shares the town's gazetteer id, yet is another place: its name tells them apart.</remarks>
    private static bool SamePlace(PlaceHit a, PlaceHit b) =>
        a.Mention.GazetteerId is not null ? string.Equals(a.Mention.GazetteerId, b.Mention.GazetteerId, StringComparison.Ordinal)
            && (!(a.PutByTown || b.PutByTown) || string.Equals(a.Mention.Name, b.Mention.Name, StringComparison.Ordinal))
        : string.Equals(a.Mention.Name, b.Mention.Name, StringComparison.Ordinal);

    /// <summary>True when <paramref name="place"/> is a village or quarter the sources lack, put at <paramref name="town"/>, the town its sentence tells it by.</summary>
    private static bool PutBy(PlaceHit place, PlaceHit town) =>
        place.PutByTown && !town.PutByTown && string.Equals(place.Mention.GazetteerId, town.Mention.GazetteerId, StringComparison.Ordinal);

    private static void Set(EventCandidate e, Candidate c, string source)
    {
        e.Place = c.Place;
        e.PlaceToken = c.Token;
        e.PlaceSource = c.IsReference ? "reference" : source;
    }

    internal readonly record struct Candidate(PlaceHit Place, int Token, bool IsReference = false);

    private static List<Candidate> Candidates(ArticleIndex index, EventCandidate e, int from, int to)
    {
        var list = new List<Candidate>();
        var k = Math.Max(from, 0);
        PlaceHit? linked = null;
        while (k < to && k < index.Count)
        {
            var p = index.PlaceAt(k);
            if (p is not null)
            {
                linked = TiedParty(index, p, linked);
                // «الحدود مع العراق», «بالتعاون مع روسيا»: a place after «مع» is a partner, not where it happens.
                if (!IsActorOfEvent(e, p) && !AfterWith(index, p) && linked is null && !SpeechVenue(index, e, p) && !FiledFrom(index, e, p) && !CarriedTo(index, p) && !CaredAt(index, p) && !GovernmentVoice(index, e, p)
                    && !JourneyEnd(index, e, p) && !AimElsewhere(index, e, p) && !HomeOfPeople(index, p) && !HeardOnly(index, e, p) && !OwnerOfRegion(index, p) && !OwnerOfVehicle(index, p)
                    && !InOtherDeedsClause(index, e, p) && !SpeakerSite(index, e, p))
                {
                    list.Add(new Candidate(p, p.First));
                }
                k = Math.Max(p.End, k + 1);
                continue;
            }
            if (index.ActorAt(k) is null && index.ResolvePlaceRef(k) is { } referred && !FiledFrom(index, e, referred))
            {
                list.Add(new Candidate(referred, k, true));
            }
            k++;
        }
        return list;
    }

    /// <summary>Tokens back from a place to the word of speech whose venue it may be («في مؤتمر صحافي عقده في أنقرة»).</summary>
    private const int SpeechVenueReach = 8;

    /// <summary>
    /// «وقال المسؤول في مؤتمر صحافي عقده في أنقرة "إن التفجير ناجم عن اعتداء انتحاري"», «ووصف في
    /// كلمة بالجامعة الأميركية في واشنطن الحشد»: a place behind a word of spoken statement
    /// (place_speech_venues.tsv) is where the speaker spoke, not where a use of force the speaker
    /// tells of happened. A deed whose trigger stands between the word and the place, or right
    /// before the word («قصفت الطائرات مؤتمرا في حلب»), strikes the gathering: its place stays.
    /// </summary>
    private static bool SpeechVenue(ArticleIndex index, EventCandidate e, PlaceHit p)
    {
        if (!EventTypes.IsUseOfForce(e.Type))
        {
            return false;
        }
        var venues = Geo.PlaceLexicon.Default.SpeechVenues;
        var sentence = index.Token(p.First).Sentence;
        for (var k = p.First - 1; k >= Math.Max(0, p.First - SpeechVenueReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || index.PlaceAt(k) is not null)
            {
                return false;
            }
            if (t.IsWord && venues.Contains(t.Norm))
            {
                return !(e.First >= k - 2 && e.First < p.First);
            }
        }
        return false;
    }

    private static bool AfterWith(ArticleIndex index, PlaceHit p) =>
        p.First > 0 && string.Equals(index.Token(p.First - 1).Norm, "مع", StringComparison.Ordinal);

    /// <summary>«قصفت واشنطن …»: the doer's own name is not where it acts; a target's name («الغارة على سوريا») is.</summary>
    private static bool IsActorOfEvent(EventCandidate e, PlaceHit p) =>
        e.Actor1 is not null && e.Actor1.Span.Overlaps(p.Span);

    /// <summary>
    /// The most precise candidate (point, region, country), the first on a tie; a place the event
    /// comes from («أطلقت من سوريا على كيليس», «تقدم من نهر الفرات نحو الشدادي») only when no
    /// other is named, except for an event placed where it starts (WITHDRAW).
    /// </summary>
    private static Candidate? MostPrecise(ArticleIndex index, EventCandidate e, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }
        var originLast = !PlaceGovernors.OriginIsPlace(e.Type);
        var travels = originLast && EventTypes.IsMilitaryOperation(e.Type);
        // A landmark is never the event's place: «في بلدة X 35 كلم شمال بغداد» happened 35 km from
        // Baghdad, beyond a town's tolerance; when X is not recognised, the place is left to the
        // sentence before the trigger or the article's focus.
        return candidates
            .Where(c => !IsLandmark(index, c))
            .OrderBy(c => originLast && (IsOrigin(index, c) || (travels && InOriginPhrase(index, c, candidates))) ? 1 : 0)
            .ThenBy(RankOf)
            .ThenBy(c => c.Token)
            .Cast<Candidate?>()
            .FirstOrDefault();
    }

    private static bool IsLandmark(ArticleIndex index, Candidate c) => !c.IsReference && Geo.PlaceLexicon.Default.IsLandmark(index.Text, c.Place.First);

    private static bool IsOrigin(ArticleIndex index, Candidate c) => RoleOf(index, c) == PlaceRole.Origin;

    private static PlaceRole RoleOf(ArticleIndex index, Candidate c) =>
        PlaceGovernors.Of(index.Text, c.Token, c.IsReference ? index.Token(c.Token).Span.Start : c.Place.Span.Start);

    /// <summary>
    /// A candidate's precision rank. «بلدة المزاريب قرب مدينة درعا», «حي الحاضر بمدينة حماة»: a
    /// village or quarter the sources lack is put at its town with region precision, yet the text
    /// names a settlement finer than the town, and the coder takes it: it ranks as a point, and
    /// being told first, wins the tie with its town.
    /// </summary>
    private static int RankOf(Candidate c) => c.Place.PutByTown ? 0 : Rank(c.Place.Mention.Precision);

    private static int Rank(string precision) => precision switch
    {
        "point" => 0,
        "region" => 1,
        _ => 2,
    };
}
