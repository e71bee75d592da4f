using Marsad.Geo;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// The headline's doer («الأسد يدك "دير الزور" بهجوم صاروخي») lent to the body's deed that tells the
/// same deed without one («تعرضت دير الزور لهجوم صاروخي»). The headline is part of what the article
/// states (SPEC §1: one event as one article states it), but it is read as a text of its own: every
/// span of the output stays an offset into the cleaned body, so the lent doer's mention in the
/// <c>actors</c> list is the body's own mention of that actor, or the body's words of the deed.
/// The match is kept narrow because a headline often sums up another deed of the article than the
/// body's doerless one (a bombing told under a headline of the raids that answered it).
/// </summary>
internal static class HeadlineDoer
{
    /// <summary>The doer a headline opens with (its id and words), the types of its verbs, and the headline's places.</summary>
    internal sealed record Opening(string ActorId, string Text, HashSet<string> Types, List<LocationRef> Places);

    /// <summary>A headline deed and a body deed lie at one place within this distance (a town's gold tolerance).</summary>
    private const double SamePlaceKm = 25;

    /// <summary>A title longer than this is no headline (a page's whole lead or a feed pasted as a title) and is not read.</summary>
    private const int HeadlineChars = 300;

    /// <summary>Whether the body has a deed without a doer that a headline could lend one to (the headline is read only then).</summary>
    public static bool Wanted(string? title, IReadOnlyList<EventRecord> events) =>
        !string.IsNullOrWhiteSpace(title) && title.Length <= HeadlineChars && events.Any(e => e.Actor1 is null);

    /// <summary>
    /// The doer a headline opens with, the deed types of the verb right after it and of verbs joined
    /// to it by «و», and the headline's places: «قوات النظام تقتحم … وتعتقل …» (ASSAULT, ARREST), «تركيا
    /// تشن غارات …» (the deed a verb of launching governs). Only a headline built so is read: its
    /// subject is the doer of its verb. A name that labels the headline («سوريا: قتلى في تفجير …») or
    /// the subject of another verb («واشنطن تستنكر إطلاق الصواريخ», «روسيا تنحي باللائمة … تفجير
    /// دمشق») is no doer of the deed the headline names, though the linker, reading the headline as a
    /// body, gives it one.
    /// </summary>
    public static Opening? OpeningOf(ExtractionContext title)
    {
        var tokens = title.Text.Tokens;
        var first = 0;
        while (first < tokens.Count && tokens[first].IsQuoteMark)
        {
            first++;
        }
        ActorHit? doer = null;
        foreach (var a in title.Actors)
        {
            if (a.First == first && !a.IsAside && (doer is null || a.End > doer.End))
            {
                doer = a;
            }
        }
        if (doer is null)
        {
            return null;
        }
        var next = doer.End;
        while (next < tokens.Count && tokens[next].IsQuoteMark)
        {
            next++;
        }
        var types = new HashSet<string>(StringComparer.Ordinal);
        AddTypes(title.Text, next, types, verbs: true);
        if (types.Count == 0 && WordRoles.EventWords.Is(title.Text, next, "launch", true))
        {
            AddTypes(title.Text, next + 1, types, verbs: false);
        }
        if (types.Count == 0)
        {
            return null;
        }
        // «قوات النظام تقتحم المدينة الجامعية وتعتقل عددا من الطلاب»: a verb joined by «و» shares the subject, up to
        // the headline's first mark (the «..» or «:» before a second story).
        for (var k = next + 1; k < tokens.Count && (tokens[k].IsWord || tokens[k].IsQuoteMark || tokens[k].Kind == TokenKind.Number); k++)
        {
            if (tokens[k].IsWord && tokens[k].Norm.StartsWith('و'))
            {
                AddTypes(title.Text, k, types, verbs: true, joined: true);
            }
        }
        return new Opening(doer.ActorId, doer.Span.Cut(title.Text.Body), types, [.. title.Places.Select(p => LocationRef.From(p.Mention))]);
    }

    /// <summary>The types of the trigger at <paramref name="token"/>: verbs only, or any; behind the clitic «و» alone when <paramref name="joined"/>.</summary>
    private static void AddTypes(AnalyzedText text, int token, HashSet<string> types, bool verbs, bool joined = false)
    {
        if (token >= text.Tokens.Count || !text.Tokens[token].IsWord || TriggerLexicon.Default.Matcher.MatchAt(text, token) is not { } m
            || (joined && m.FirstReading.Prefix != 1))
        {
            return;
        }
        foreach (var entry in m.Values)
        {
            if (entry.IsVerb || !verbs)
            {
                types.Add(entry.Type);
            }
        }
    }

    /// <summary>
    /// Gives the headline's opening doer, for each type of its verbs, to the single body deed of that
    /// type with no doer, unless the body already gives that doer a deed of this type (the headline
    /// then sums that one up) or makes it the target. The deed must agree with the headline's deed
    /// the stages kept, in modality and place (or name no place); when they kept none (a headline is
    /// short, and the keep model weighs a whole article's words), it must be told as done at one of
    /// the headline's places, or anywhere when the headline names none.
    /// </summary>
    public static void Lend(List<EventRecord> events, List<ActorMention> actors, IReadOnlyList<EventRecord> headline, Opening opening)
    {
        foreach (var type in opening.Types)
        {
            if (events.Any(e => string.Equals(e.Type, type, StringComparison.Ordinal)
                    && string.Equals(e.Actor1?.Id, opening.ActorId, StringComparison.Ordinal)))
            {
                continue;
            }
            var told = headline.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.Ordinal)
                && string.Equals(t.Actor1?.Id, opening.ActorId, StringComparison.Ordinal));
            var modality = told?.Modality ?? "asserted";
            var only = -1;
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Actor1 is not null || !string.Equals(e.Type, type, StringComparison.Ordinal)
                    || !string.Equals(e.Modality, modality, StringComparison.Ordinal)
                    || string.Equals(e.Actor2?.Id, opening.ActorId, StringComparison.Ordinal)
                    || !(told is not null ? SamePlace(e.Location, told.Location)
                        : e.Location is null || opening.Places.Count == 0 || opening.Places.Any(p => SamePlace(e.Location, p))))
                {
                    continue;
                }
                if (only >= 0)
                {
                    only = -2;
                    break;
                }
                only = i;
            }
            if (only >= 0)
            {
                Give(events, actors, only, opening);
            }
        }
    }

    private static void Give(List<EventRecord> events, List<ActorMention> actors, int index, Opening opening)
    {
        var deed = events[index];
        // The output's spans point into the body: the body's own mention of the doer, else the deed's words.
        var own = actors.FirstOrDefault(a => string.Equals(a.Id, opening.ActorId, StringComparison.Ordinal));
        if (own is null)
        {
            var mention = new ActorMention(deed.Evidence.Text, deed.Evidence.Start, deed.Evidence.End, opening.ActorId);
            var at = actors.FindIndex(a => a.Start > mention.Start);
            actors.Insert(at < 0 ? actors.Count : at, mention);
        }
        events[index] = deed with { Actor1 = new ActorRef(opening.ActorId, own?.Text ?? opening.Text) };
    }

    /// <summary>A body deed with no place of its own takes the headline's; otherwise both name one place.</summary>
    private static bool SamePlace(LocationRef? deed, LocationRef? told)
    {
        if (deed is null)
        {
            return true;
        }
        if (told is null)
        {
            return false;
        }
        if (deed.GazetteerId is { } id && string.Equals(id, told.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }
        if (string.Equals(told.Precision, "country", StringComparison.Ordinal))
        {
            return string.Equals(deed.Country, told.Country, StringComparison.Ordinal);
        }
        if (string.Equals(deed.Precision, "country", StringComparison.Ordinal))
        {
            return string.Equals(deed.Precision, told.Precision, StringComparison.Ordinal) && string.Equals(deed.Country, told.Country, StringComparison.Ordinal);
        }
        return deed.Lat is { } la && deed.Lon is { } lo && told.Lat is { } ta && told.Lon is { } to && GeoMath.DistanceKm(la, lo, ta, to) <= SamePlaceKm;
    }
}
