using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class StatementRoles
{
    /// <summary>«في مؤتمر صحافي مشترك مع نظيره السوري في طهران», «خلال استقباله أمين المجلس …، سعيد جليلي، في دمشق»: the guest or partner named after a venue word comes before «في» and the place.</summary>
    private const int VenueInReach = 12;

    /// <summary>How far before the speaker who spoke at a meeting its verb of saying may stand («وقال وزير الخارجية السوري وليد المعلم في مؤتمر صحفي»).</summary>
    private const int VenueSayingReach = 7;

    /// <summary>How far before a venue word its subject may stand («الذي يزور», «قوله، خلال استقباله»).</summary>
    private const int VenueSubjectWindow = 4;

    /// <summary>One place a statement was made at: the venue word, and the place that follows it.</summary>
    internal sealed record Venue(int Word, int Sentence, PlaceHit Place, int PlaceToken);

    /// <summary>The venues an article tells (read once per article, for its accusations).</summary>
    internal sealed class Venues
    {
        private readonly List<Venue> _all = [];
        private readonly Persons _persons;

        private Venues(Persons persons) => _persons = persons;

        public static Venues Of(ArticleIndex index, Persons persons)
        {
            var venues = new Venues(persons);
            for (var k = 0; k < index.Count; k++)
            {
                if (Words.At(index.Text, k, "venue", allowClitics: true) is not { } v)
                {
                    continue;
                }
                var sentence = index.SentenceOf(k);
                if (PlaceAfterVenue(index, v.End, sentence.End) is { } hit)
                {
                    venues._all.Add(new Venue(k, index.Token(k).Sentence, hit.Place, hit.Token));
                }
            }
            // After the venues a sentence tells of itself, so that a sentence's own venue is found first.
            for (var s = 1; s < index.Text.Sentences.Count; s++)
            {
                if (EchoVenue(index, index.Text.Sentences[s]) is { } echo)
                {
                    venues._all.Add(new Venue(echo.Word, s - 1, echo.Place, echo.Token));
                }
            }
            return venues;
        }

        /// <summary>
        /// The venue of <paramref name="e"/>'s own sentence (or the one the next sentence opens with, «جاء ذلك
        /// خلال …»); else the nearest venue elsewhere in the article that names the speaker's own act and whose
        /// subject is the speaker: a speaker who is visiting a city, or whose words are quoted at a reception
        /// the next sentence places, spoke there. A conference the speaker is only said to attend, boycott or
        /// criticise elsewhere («تعليق مشاركته في مؤتمر روما») is no venue of the statement.
        /// </summary>
        public Venue? Of(ArticleIndex index, EventCandidate e)
        {
            var sentence = index.Token(e.First).Sentence;
            // «وحذر لافروف خلال استقباله الاثنين في موسكو …» / «والثلاثاء، ندد لافروف»: a sentence that opens on a
            // time of its own tells another occasion, and the venue of another sentence is not its venue.
            var ownTime = OpensOnTime(index, index.SentenceOf(e.First), e.First);
            Venue? best = null;
            foreach (var v in _all)
            {
                if (v.Sentence == sentence)
                {
                    return v;
                }
                if (!ownTime && e.Actor1 is { } speaker && (best is null || Math.Abs(v.Word - e.First) < Math.Abs(best.Word - e.First))
                    && OwnAct(index, v.Word, speaker.ActorId, _persons) && SubjectIs(index, v.Word, speaker.ActorId, _persons))
                {
                    best = v;
                }
            }
            return best;
        }

        /// <summary>
        /// A venue word that names the speaker's own act («زيارته», «يزور»), a meeting the speaker addresses
        /// («أمام مؤتمر»), or one the speaker said something at: «وقال داود أوغلو في مؤتمر صحفي في أنقرة»,
        /// «وقال الأسد في المقابلة التي جرت في دمشق» — the speaker right before «في»/«خلال», a verb of saying
        /// before it. «أعلن الائتلاف تعليقه المشاركة في مؤتمر روما» has a deed between the speaker and «في».
        /// </summary>
        private static bool OwnAct(ArticleIndex index, int word, string speakerId, Persons persons)
        {
            if (Words.Is(index.Text, word, "own", allowClitics: true) || (word > 0 && Words.Is(index.Text, word - 1, "address")))
            {
                return true;
            }
            if (word < 2 || !Words.Is(index.Text, word - 1, "occasion", allowClitics: true))
            {
                return false;
            }
            var first = index.SentenceOf(word).First;
            var k = word - 2;
            while (k > first && !index.Token(k).IsWord)
            {
                k--;
            }
            if (!IsSpeaker(index, k, speakerId, persons))
            {
                return false;
            }
            // The verb of saying is the speaker's own, a few words before it; a «أن» or a relative between
            // makes the speaker the subject of a clause within what someone else said («اعتبرت روسيا أن
            // الدعم الذي تلقته المعارضة في مؤتمر روما …»).
            for (var j = k - 1; j >= Math.Max(first, k - VenueSayingReach); j--)
            {
                if (SayingAt(index, j) is not null)
                {
                    return true;
                }
                if (index.IsRole(j, "relative") || WordRoles.ActorRoles.Is(index.Text, j, "that"))
                {
                    return false;
                }
            }
            return false;
        }

        /// <summary>True when the speaker (by its id, a known person, or the forces whose government speaks) stands just before the venue word in its sentence.</summary>
        private static bool SubjectIs(ArticleIndex index, int word, string speakerId, Persons persons)
        {
            var first = Math.Max(index.SentenceOf(word).First, word - VenueSubjectWindow);
            for (var k = word - 1; k >= first; k--)
            {
                if (IsSpeaker(index, k, speakerId, persons))
                {
                    return true;
                }
            }
            return false;
        }

        private static bool IsSpeaker(ArticleIndex index, int k, string speakerId, Persons persons) =>
            string.Equals(persons.IdOf(index, k), speakerId, StringComparison.Ordinal)
            || (index.ActorAt(k) is { } a && (string.Equals(a.ActorId, speakerId, StringComparison.Ordinal)
                || string.Equals(ActorLexicon.GovernmentOf(a.ActorId), speakerId, StringComparison.Ordinal)));
    }

    /// <summary>True when a date expression opens <paramref name="sentence"/> and ends before <paramref name="trigger"/> («والثلاثاء، ندد»).</summary>
    internal static bool OpensOnTime(ArticleIndex index, TextUnit sentence, int trigger)
    {
        var k = sentence.First;
        while (k < trigger && !index.Token(k).IsWord)
        {
            k++;
        }
        var dates = index.Dates;
        var d = Ordered.LowerBound(dates, k, static x => x.First);
        return d < dates.Count && dates[d].First == k && dates[d].End <= trigger;
    }

    /// <summary>
    /// How far after the occasion word of an echo its place may stand. The occasion's noun may carry one relative
    /// clause of who held it, when and with whom before «في/ب» the place («في المؤتمر الصحفي المشترك الذي عقده
    /// رئيس الحكومة …، مع نظيره …، عقب اللقاء …، بالعاصمة أنقرة»). Over the pool, train and dev (s26b-mendA) the
    /// echo places stand 12 (3), 19 (2) and 20 (3) tokens after it; 24 leaves room for one more name. A word of a
    /// topic or a deed verb ends the scan before that (EchoVenue).
    /// </summary>
    private const int EchoReach = 24;

    /// <summary>
    /// «جاء ذلك خلال مراسم … بمقر المنظمة بباريس», «وجاءت تصريحاته في مؤتمر صحفي بالقاهرة»: a sentence
    /// that opens by saying where what the sentence before said was said. Its place is the first one
    /// the occasion stands at («في», a clitic ب), in the same sentence. «جاء ذلك في وقت …», «بعد»,
    /// «ردا على» tell a time or a cause, not an occasion: no venue. What was spoken about is no venue either:
    /// the scan ends at a word of topic («تحدث فيه عن الغارات … في مدينة حلب», role topic) or a deed verb
    /// («الغارات التي شنتها الطائرات … في حلب»), whose place is the deed's (annotation 6.4).
    /// </summary>
    private static (int Word, PlaceHit Place, int Token)? EchoVenue(ArticleIndex index, TextUnit sentence)
    {
        var k = sentence.First;
        while (k < sentence.End && !index.Token(k).IsWord)
        {
            k++;
        }
        if (k >= sentence.End || Words.At(index.Text, k, "echo", allowClitics: true) is not { } echo
            || Words.At(index.Text, echo.End, "occasion") is not { } occasion)
        {
            return null;
        }
        for (var j = occasion.End; j < Math.Min(sentence.End, occasion.End + EchoReach); j++)
        {
            if (index.PlaceAt(j) is { } p && p.First == j && PlaceGovernors.Of(index.Text, j, p.Span.Start) == PlaceRole.At)
            {
                return (k, p, j);
            }
            if (Words.Is(index.Text, j, "topic") || (index.PlaceAt(j) is null && Lexicons.TriggerLexicon.Default.Matcher.MatchAt(index.Text, j) is { } deed && deed.Values.Any(static t => t.IsVerb)))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The place right after a venue word («زيارته إلى موسكو», «مؤتمر روما»), or behind «في» a little
    /// further on («لقائه نظيره الروسي في موسكو»). A place near the venue word that neither follows it
    /// straight nor stands behind a word of place («في», «ب», «إلى») is governed by another word: what
    /// was said or whom it blames («واتهم الأسد في المقابلة كلا من فرنسا», «ودان خلال المؤتمر قرار
    /// الولايات المتحدة»), not where it was said; the venue then names no place.
    /// </summary>
    private static (PlaceHit Place, int Token)? PlaceAfterVenue(ArticleIndex index, int from, int sentenceEnd)
    {
        var direct = true;
        for (var j = from; j < Math.Min(sentenceEnd, from + VenueInReach); j++)
        {
            if (index.PlaceAt(j) is { } p && direct && j > from && index.ActorAt(j) is not null && !BehindWordOfPlace(index, from, j, p))
            {
                return null;
            }
            if (index.PlaceAt(j) is { } q && (direct || (j > 0 && string.Equals(index.Token(j - 1).Norm, "في", StringComparison.Ordinal))))
            {
                return (q, j);
            }
            if (index.Token(j).Kind == TokenKind.Punctuation || j - from >= VenueWindow)
            {
                direct = false;
            }
        }
        return null;
    }

    /// <summary>
    /// «في دمشق», «بالعاصمة أنقرة», «لموسكو», «زيارة إلى الشطر الشمالي من قبرص»: a word of place or
    /// destination stands between the venue word and the place, or on the place's own token.
    /// </summary>
    private static bool BehindWordOfPlace(ArticleIndex index, int from, int j, PlaceHit p)
    {
        var token = index.Token(j);
        var clitics = p.Span.Start - token.Span.Start;
        if (PlaceGovernors.Of(index.Text, j, p.Span.Start) is PlaceRole.At or PlaceRole.Toward
            || (clitics > 0 && index.Text.Body.AsSpan(token.Span.Start, Math.Min(clitics, token.Span.Length)).IndexOfAny('ب', 'ل') >= 0))
        {
            return true;
        }
        for (var k = from; k < j; k++)
        {
            if (PlaceGovernors.IsWordOfPlace(index.Token(k).Norm))
            {
                return true;
            }
        }
        return false;
    }
}
