using Marsad.Learning;
using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>The learned modality of a candidate (see <see cref="ModalityChoice"/>).</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// The enrichers ran under the rules' modality: a reported event with no date words of its own
    /// was lent the news day, a plan or a prediction was not. Run again under the chosen one.
    /// </summary>
    private void RedoEnrichment(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality is not ("asserted" or "negated") && e.Date?.Text is null)
        {
            e.Date = null;
        }
        foreach (var enricher in _enrichers)
        {
            enricher.Enrich(index, e);
        }
    }

    /// <summary>Scores each modality of a candidate and sets the best; logs the options for training.</summary>
    private sealed class ModalityChooser(BinaryModel? model, CandidateLog? log)
    {
        private readonly float[] _cues = new float[ModalityChoice.CueCount];
        private readonly float[] _features = new float[ModalityChoice.Count];
        private int _group;

        /// <summary>True when the model changed the rules' modality.</summary>
        public bool Choose(ArticleIndex index, EventCandidate e, float[] candidate)
        {
            ModalityChoice.Cues(index, e, ModalityLexicon.Default, _cues);
            var best = (Score: float.MinValue, Option: e.Modality);
            var trigger = index.Text.SpanOf(e.First, e.End);
            var group = _group++;
            for (var i = 0; i < ModalityChoice.Options.Length; i++)
            {
                ModalityChoice.Compute(candidate, _cues, i, e.Modality, e.ModalityCue is not null, _features);
                log?.ModalityRows.Add(new ModalityOptionRow(group, trigger, e.Modality, ModalityChoice.Options[i], (float[])_features.Clone()));
                if (model is not null && model.Score(_features) is var s && s > best.Score)
                {
                    best = (s, ModalityChoice.Options[i]);
                }
            }
            if (model is null || string.Equals(best.Option, e.Modality, StringComparison.Ordinal))
            {
                return false;
            }
            e.Modality = best.Option;
            return true;
        }
    }
}
