using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

internal static partial class StatementRoles
{
    /// <summary>«في مؤتمر صحافي مشترك مع نظيره السوري في طهران», «خلال استقباله أمين المجلس …، سعيد جليلي، في دمشق»: the guest or partner named after a venue word comes before «في» and the place.</summary>
    private const int VenueInReach = 12;

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
            return venues;
        }

        /// <summary>
        /// The venue of <paramref name="e"/>'s own sentence; else the nearest venue elsewhere in the article
        /// whose subject is the speaker: a speaker who is visiting a city, or whose words are quoted at a meeting
        /// the next sentence places, spoke there.
        /// </summary>
        public Venue? Of(ArticleIndex index, EventCandidate e)
        {
            var sentence = index.Token(e.First).Sentence;
            Venue? best = null;
            foreach (var v in _all)
            {
                if (v.Sentence == sentence)
                {
                    return v;
                }
                if (e.Actor1 is { } speaker && (best is null || Math.Abs(v.Word - e.First) < Math.Abs(best.Word - e.First))
                    && SubjectIs(index, v.Word, speaker.ActorId, _persons))
                {
                    best = v;
                }
            }
            return best;
        }

        /// <summary>True when the speaker (by its id, a known person, or the forces whose government speaks) stands just before the venue word in its sentence.</summary>
        private static bool SubjectIs(ArticleIndex index, int word, string speakerId, Persons persons)
        {
            var first = Math.Max(index.SentenceOf(word).First, word - VenueSubjectWindow);
            for (var k = word - 1; k >= first; k--)
            {
                if (string.Equals(persons.IdOf(index, k), speakerId, StringComparison.Ordinal)
                    || (index.ActorAt(k) is { } a && (string.Equals(a.ActorId, speakerId, StringComparison.Ordinal)
                        || string.Equals(ActorLexicon.GovernmentOf(a.ActorId), speakerId, StringComparison.Ordinal))))
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The place right after a venue word («زيارته إلى موسكو»), or behind «في» a little further on («لقائه نظيره الروسي في موسكو»).</summary>
    private static (PlaceHit Place, int Token)? PlaceAfterVenue(ArticleIndex index, int from, int sentenceEnd)
    {
        var direct = true;
        for (var j = from; j < Math.Min(sentenceEnd, from + VenueInReach); j++)
        {
            if (index.PlaceAt(j) is { } p && (direct || (j > 0 && string.Equals(index.Token(j - 1).Norm, "في", StringComparison.Ordinal))))
            {
                return (p, j);
            }
            if (index.Token(j).Kind == TokenKind.Punctuation || j - from >= VenueWindow)
            {
                direct = false;
            }
        }
        return null;
    }
}
