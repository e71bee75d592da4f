using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The places listed with the chosen one (SPEC §6: one event per place): joined by «و» or a comma, included behind «من بينها», or glossed by a compass word.</summary>
internal static partial class PlaceLinker
{
    /// <summary>
    /// «العمارة والنجف», «قرى العمقية، الزقوم والحويجة», «مدينة تلبيسة وبلدة الغنطو», «في حي X وفي ريف
    /// Y»: places listed after the chosen one, joined by «و» or a comma, each maybe behind its own
    /// settlement word or the chosen place's own preposition again, are as many events (SPEC §6: one
    /// event per place).
    /// </summary>
    private static void AddCoordinated(ArticleIndex index, EventCandidate e, List<Candidate> candidates, Candidate chosen)
    {
        var end = chosen.IsReference ? chosen.Token + 1 : chosen.Place.End;
        var preposition = chosen.Token > 0 ? index.Token(chosen.Token - 1).Norm : null;
        foreach (var c in candidates)
        {
            if (c.IsReference || c.Token < end)
            {
                continue;
            }
            if (!Joined(index, end, c.Token, preposition) || !Compatible(c.Place, chosen.Place) || SamePlace(c.Place, chosen.Place) || CompassFrame(index, chosen, c, end)
                || CommaFrame(index, chosen, c, end))
            {
                break;
            }
            e.CoordinatedPlaces.Add((c.Place, c.Token));
            end = c.Place.End;
        }
    }

    /// <summary>
    /// «استهدف مواقع في العاصمة دمشق، من بينها قصر تشرين الرئاسي ومطار دمشق الدولي»: places listed
    /// right after the chosen one behind a word of inclusion (place_inclusions.tsv) lie inside it and
    /// are where the deed struck; the first of them is the event's place, the list after it its
    /// copies, and the wider place only frames them. A listed country never replaces a town.
    /// </summary>
    private static Candidate? Included(ArticleIndex index, List<Candidate> candidates, Candidate chosen)
    {
        if (chosen.IsReference)
        {
            return null;
        }
        var end = chosen.Place.End;
        var next = candidates.FindIndex(c => c.Token >= end);
        if (next < 0 || candidates[next].IsReference || RankOf(candidates[next]) > RankOf(chosen)
            || SamePlace(candidates[next].Place, chosen.Place))
        {
            return null;
        }
        var k = end;
        while (k < candidates[next].Token && index.Token(k).Kind == Text.TokenKind.Punctuation && index.Token(k).Norm is "," or "،")
        {
            k++;
        }
        foreach (var phrase in Geo.PlaceLexicon.Default.Inclusions)
        {
            if (k + phrase.Length == candidates[next].Token && index.Text.Spells(k, phrase))
            {
                return candidates[next];
            }
        }
        return null;
    }

    /// <summary>
    /// «محافظات الأنبار وصلاح الدين وكركوك تشهد تظاهرات»: a list told before the trigger ends with
    /// the place the rules chose (the nearest); the places listed before it are as many events.
    /// Countries listed before a trigger are mostly its doers («قطر وتركيا تدعمان»), not its setting.
    /// </summary>
    private static void AddCoordinatedBefore(ArticleIndex index, EventCandidate e, List<Candidate> candidates, int chosen)
    {
        var next = candidates[chosen];
        if (next.Place.Mention.Precision == "country")
        {
            return;
        }
        for (var i = chosen - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.IsReference || next.IsReference || !Joined(index, c.Place.End, next.Token, null) || !Compatible(c.Place, candidates[chosen].Place)
                || SamePlace(c.Place, candidates[chosen].Place) || e.CoordinatedPlaces.Exists(p => SamePlace(p.Place, c.Place)))
            {
                break;
            }
            e.CoordinatedPlaces.Add((c.Place, c.Token));
            next = c;
        }
    }

    /// <summary>
    /// «إسقاط ثلاث طائرات في محافظة حماة والرقة وإدلب», «غارات على مناطق في محافظات ريف دمشق ودير
    /// الزور (شرق) والرقة»: the most precise place after the trigger is chosen, and a coarser member listed before it under the
    /// same trigger (a province before a town) is no less a place of the deed (SPEC §6: one event per
    /// place). Only members joined by «و», never a country (the list's frame), a landmark, a province
    /// that may hold the chosen place (its frame: «عدة بلدات في الريف الشرقي لدمشق وزبدين»), or a list
    /// governed by «من» or «إلى».
    /// </summary>
    private static void AddListedBeforeChosen(ArticleIndex index, EventCandidate e, List<Candidate> candidates, int chosen)
    {
        if (chosen <= 0 || candidates[chosen].IsReference || candidates[chosen].Place.Mention.Precision == "country")
        {
            return;
        }
        var next = candidates[chosen];
        var head = candidates[chosen].Place.Mention;
        List<Candidate>? listed = null;
        for (var i = chosen - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.IsReference || c.Place.Mention.Precision == "country" || IsLandmark(index, c)
                || !AndBetween(index, c.Place.End, next.Token) || !Joined(index, c.Place.End, next.Token, null)
                || SamePlace(c.Place, next.Place) || e.CoordinatedPlaces.Exists(p => SamePlace(p.Place, c.Place))
                || (c.Place.Mention.Precision != "point" && MayFrame(c.Place.Mention, head)))
            {
                break;
            }
            (listed ??= []).Add(c);
            next = c;
        }
        // «خطف 40 مواطنا من بلدتي الفوعة وكفريا», «انسحبوا إلى القلمون وحمص»: a list of whence or whither
        // names the victims' homes or a destination, not where the deed happened; its members are no copies.
        if (listed is null || RoleOf(index, listed[^1]) is PlaceRole.Origin or PlaceRole.Toward)
        {
            return;
        }
        listed.ForEach(c => e.CoordinatedPlaces.Add((c.Place, c.Token)));
    }

    /// <summary>Within this of a town, a region listed before it may be its frame («عدة بلدات في الريف الشرقي لدمشق وزبدين»).</summary>
    private const double FrameKm = 60;

    /// <summary>Whether a region may hold the town: the same province, or its centre near the town, or no point to tell.</summary>
    private static bool MayFrame(Output.PlaceMention region, Output.PlaceMention town) =>
        (region.Admin1 is { } area && string.Equals(area, town.Admin1, StringComparison.Ordinal))
        || region.Lat is not { } la || region.Lon is not { } lo || town.Lat is not { } lb || town.Lon is not { } lob
        || Geo.GeoMath.DistanceKm(la, lo, lb, lob) <= FrameKm;

    /// <summary>Whether a word from <paramref name="from"/> up to the place at <paramref name="next"/> opens with «و» («والرقة», «وبلدة نوى»).</summary>
    private static bool AndBetween(ArticleIndex index, int from, int next)
    {
        for (var k = from; k <= next; k++)
        {
            if (index.Token(k).IsWord && WawClitic.AfterConjunction(index.Token(k)) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the place at <paramref name="next"/> continues a list that ends at <paramref name="end"/>:
    /// only commas, settlement words («وبلدة»), the list's preposition again («وفي») or a member's
    /// compass gloss («(جنوب)») between them, and at least one «و» or comma.
    /// </summary>
    private static bool Joined(ArticleIndex index, int end, int next, string? preposition)
    {
        var cues = Geo.PlaceLexicon.Default.Cues;
        var joined = false;
        var unknown = 0;
        for (var k = end; k < next; k++)
        {
            var between = index.Token(k);
            if (between.Kind == Text.TokenKind.Punctuation && between.Norm is "," or "،")
            {
                joined = true;
                continue;
            }
            // «درعا (جنوب) وحمص (وسط) وادلب (شمال غرب)»: a member's compass gloss only says where it lies; the list goes on past it.
            if (GlossEnd(index, k, next) is var close && close > k)
            {
                k = close;
                continue;
            }
            // «بلدتي مسكنة وتل عابور، إضافة إلى بلدة خان العسل»: a phrase of addition joins one more member as «و» does.
            if (AdditionLength(index, k, next) is var length && length > 0)
            {
                joined = true;
                k += length - 1;
                continue;
            }
            // «في حي الزعفرانية، وأخرى في منطقة بغداد الجديدة»: «وأخرى» and the place phrase after it tell the deed once more.
            if (EllipsisEnd(index, k, next) is var ellipsis && ellipsis > k)
            {
                joined = true;
                k = ellipsis;
                continue;
            }
            var word = WawClitic.AfterConjunction(between)?.Base ?? between.Norm;
            var settlement = between.IsWord && cues.TryGetValue(word, out var kind) && kind is "settlement" or "district";
            var repeated = between.IsWord && word.Length < between.Norm.Length && string.Equals(word, preposition, StringComparison.Ordinal)
                && Geo.PlaceLexicon.Default.Prepositions.Contains(word);
            if (settlement || repeated)
            {
                joined |= word.Length < between.Norm.Length;
                continue;
            }
            if (UnknownMember(index, k, next) && ++unknown <= UnknownMembers)
            {
                joined = true;
                continue;
            }
            return false;
        }
        return joined || WawClitic.OpensWith(index.Token(next).Norm);
    }

    /// <summary>The words of a phrase of addition (place_list_additions.tsv) spelled at <paramref name="k"/> and ending before <paramref name="next"/>, or 0.</summary>
    private static int AdditionLength(ArticleIndex index, int k, int next)
    {
        foreach (var phrase in Geo.PlaceLexicon.Default.ListAdditions)
        {
            if (k + phrase.Length <= next && index.Text.Spells(k, phrase))
            {
                return phrase.Length;
            }
        }
        return 0;
    }

    /// <summary>
    /// The last preposition after a word of ellipsis behind «و» at <paramref name="k"/> («وأخرى في»,
    /// «ومثلها قرب», «واخريين بالقرب من»), or -1: the ellipsis stands for one more of the deed only
    /// when a place phrase follows it, so at least one preposition must, before <paramref name="next"/>.
    /// </summary>
    private static int EllipsisEnd(ArticleIndex index, int k, int next)
    {
        var t = index.Token(k);
        // «ومثلها» keeps its pronoun: the word after the conjunction is read whole, not through a segmentation.
        if (!t.IsWord || t.Norm.Length < 3 || !WawClitic.OpensWith(t.Norm) || !Geo.PlaceLexicon.Default.ListEllipses.Contains(t.Norm[1..]))
        {
            return -1;
        }
        var prepositions = Geo.PlaceLexicon.Default.Prepositions;
        var end = k;
        while (end + 1 < next && index.Token(end + 1).IsWord && prepositions.Contains(index.Token(end + 1).Norm))
        {
            end++;
        }
        return end > k ? end : -1;
    }

    /// <summary>Members of a list the gazetteer does not know that a list may pass over.</summary>
    private const int UnknownMembers = 2;

    /// <summary>
    /// «قرى الحواش والعمقية والزقوم والحويجة»: a village the gazetteer does not know is still a member
    /// of the list, and the known ones after it are struck as well. Such a member is one definite word
    /// behind «و» («والزقوم») closed by the list itself: a comma or the next «و» member right after it.
    /// A noun that opens a phrase («والمدن السورية»), a verb («وقتل») or a preposition still ends the list.
    /// </summary>
    private static bool UnknownMember(ArticleIndex index, int k, int next)
    {
        var word = index.Token(k);
        if (!word.IsWord || word.Norm.Length < 5 || !IsDefiniteAfterConjunction(word))
        {
            return false;
        }
        if (k + 1 == next)
        {
            return WawClitic.OpensWith(index.Token(next).Norm);
        }
        var after = index.Token(k + 1);
        return (after.Kind == Text.TokenKind.Punctuation && after.Norm is "," or "،") || (after.IsWord && IsDefiniteAfterConjunction(after));
    }

    /// <summary>A definite word behind «و» («والزقوم»): its reading with the conjunction cut off has the article.</summary>
    private static bool IsDefiniteAfterConjunction(Text.Token t) => WawClitic.AfterConjunction(t) is { HasArticle: true };

    /// <summary>Words a compass gloss may hold inside its parenthesis («(شمال غرب البلاد)»).</summary>
    private const int GlossWords = 4;

    /// <summary>
    /// The closing parenthesis of a compass gloss opened at <paramref name="open"/> before
    /// <paramref name="limit"/> («(جنوب)», «(وسط)», «(شمال غرب)»), or -1: only words, the first a
    /// compass noun or «وسط».
    /// </summary>
    private static int GlossEnd(ArticleIndex index, int open, int limit)
    {
        var t = index.Token(open);
        if (t.Kind != Text.TokenKind.Punctuation || t.Norm != "(" || open + 1 >= limit)
        {
            return -1;
        }
        var first = index.Token(open + 1).Norm;
        if (!Geo.PlaceLexicon.Default.DirectionNouns.ContainsKey(first) && !index.Words.IsWholeWord(first, "glosshead"))
        {
            return -1;
        }
        for (var k = open + 2; k < limit && k <= open + 1 + GlossWords; k++)
        {
            var w = index.Token(k);
            if (w.Kind == Text.TokenKind.Punctuation && w.Norm == ")")
            {
                return k;
            }
            if (!w.IsWord)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// «في محافظة حلب، شمال البلاد»: a compass part of a country after a bare comma says where the
    /// place before it lies; it is no second place of a list. «في ريف حلب الشمالي، وفي غرب حلب» is
    /// a list («و»), and so is a list of compass parts, unless the second names its town through a
    /// landmark word («جنوب غرب كركوك، شمال العاصمة بغداد»): that capital is the writer's landmark.
    /// </summary>
    private static bool CompassFrame(ArticleIndex index, Candidate chosen, Candidate c, int end)
    {
        var directions = Geo.PlaceLexicon.Default.DirectionNouns;
        if (c.IsReference || c.Place.Mention.Precision == "point" || !directions.ContainsKey(index.Token(c.Place.First).Norm)
            || (!chosen.IsReference && directions.ContainsKey(index.Token(chosen.Place.First).Norm) && !ThroughLandmarkWord(index, c.Place)))
        {
            return false;
        }
        for (var k = end; k < c.Place.First; k++)
        {
            if (index.Token(k).IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>«شمال العاصمة بغداد»: a compass phrase whose town follows a landmark word (PlaceStage.NamedAfterLandmarkWord).</summary>
    private static bool ThroughLandmarkWord(ArticleIndex index, PlaceHit place)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        var k = place.First;
        while (k < place.End && lexicon.DirectionNouns.ContainsKey(index.Token(k).Norm))
        {
            k++;
        }
        if (k == place.First || k >= place.End)
        {
            return false;
        }
        return lexicon.LandmarkWords.Contains(index.Token(k).Norm);
    }

    /// <summary>Towns and regions list together («في حي القابون وفي ريف درعا»); a country among towns is their frame, not one more place.</summary>
    private static bool Compatible(PlaceHit a, PlaceHit b) =>
        string.Equals(a.Mention.Precision, b.Mention.Precision, StringComparison.Ordinal)
        || (a.Mention.Precision != "country" && b.Mention.Precision != "country");
}
