using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// What the second recognition pass asks of the other matches (an accepted earlier mention of
    /// the same name, another accepted place in the sentence), kept as running counts so that
    /// the pass is linear in the number of matches instead of comparing every pair. Earlier
    /// matches answer with their second-pass verdict and later ones with their first, as when
    /// every pair was compared in order.
    /// </summary>
    private sealed class Neighbourhood
    {
        private readonly AnalyzedText _text;
        private readonly HashSet<string> _acceptedKeys = new(StringComparer.Ordinal);
        private readonly Dictionary<int, int> _earlier = [];
        private readonly Dictionary<int, int> _later = [];

        public Neighbourhood(AnalyzedText text, List<Match> matches)
        {
            _text = text;
            foreach (var m in matches)
            {
                if (m.Accepted)
                {
                    _later[SentenceOf(m)] = _later.GetValueOrDefault(SentenceOf(m)) + 1;
                }
            }
        }

        private int SentenceOf(Match m) => _text.Tokens[m.First].Sentence;

        /// <summary>Call before scoring <paramref name="m"/> (its first-pass verdict leaves the later ones).</summary>
        public void Enter(Match m)
        {
            if (m.Accepted)
            {
                _later[SentenceOf(m)]--;
            }
        }

        /// <summary>Call after scoring <paramref name="m"/> (its second-pass verdict joins the earlier ones).</summary>
        public void Leave(Match m)
        {
            if (m.Accepted)
            {
                _earlier[SentenceOf(m)] = _earlier.GetValueOrDefault(SentenceOf(m)) + 1;
                _acceptedKeys.Add(m.Key);
            }
        }

        public bool AcceptedBefore(string key) => _acceptedKeys.Contains(key);

        public bool OtherAcceptedInSentence(int sentence) => _earlier.GetValueOrDefault(sentence) + _later.GetValueOrDefault(sentence) > 0;
    }
}
