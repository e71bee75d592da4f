using Marsad.Text;

namespace Marsad.Geo;

/// <summary>The trained recognizer's part in recognition: candidates as the tagger reads them, and its probability per candidate.</summary>
public sealed partial class PlaceStage
{
    /// <summary>The gazetteer's candidate names of a text (token range, class, on a stoplist): what the tagger is trained to read.</summary>
    public IEnumerable<(int First, int End, string Class, bool Stop)> Candidates(AnalyzedText text)
    {
        var matches = Scan(text);
        return matches.Select(m => (m.First, m.End, ClassOf(m, text), m.Stop));
    }

    /// <summary>The candidate's kind and what the rules alone make of it in its sentence (their first-pass score, bucketed).</summary>
    private string ClassOf(Match m, AnalyzedText text)
    {
        var rules = Recognition(m, text, null, firstPass: true);
        var bucket = rules < 1 ? "r0" : rules < Threshold ? "r1" : rules < 4 ? "r2" : "r3";
        return ClassOf(m) + "|" + bucket;
    }

    private string ClassOf(Match m)
    {
        if (m.CountryRelative || m.Rows.Count == 0)
        {
            return "relative";
        }
        var best = m.Rows[0];
        foreach (var r in m.Rows)
        {
            best = Prior(r) > Prior(best) ? r : best;
        }
        var e = G[best];
        var kind = e.IsFeature ? "feature" : e.Type switch
        {
            "locality" => "locality" + (e.Population >= 100_000 ? "3" : e.Population >= 20_000 ? "2" : e.Population > 0 ? "1" : "0") + (NearRegion.Contains(e.Country) ? "n" : "f"),
            _ => e.Type,
        };
        return (m.Phrase is not null || m.Bearing >= 0 ? "rel-" : string.Empty) + kind + (m.CueKind is null ? string.Empty : "+cue") + (m.Rows.Count > 1 ? "+amb" : string.Empty);
    }

    /// <summary>Runs the tagger over the sentences that hold a candidate and gives each candidate the mean probability of its words.</summary>
    private void TagCandidates(AnalyzedText text, List<Match> matches)
    {
        if (Tagger is null || matches.Count == 0)
        {
            return;
        }
        var tokens = ToponymFeatures.Tokens(text, matches.Select(m => (m.First, m.End, ClassOf(m, text), m.Stop)));
        var tags = new int[tokens.Length];
        var probability = new float[tokens.Length];
        var sentences = text.Sentences;
        var done = -1;
        foreach (var m in matches)
        {
            var sentence = text.Tokens[m.First].Sentence;
            if (sentence > done)
            {
                var unit = sentences[sentence];
                var first = unit.First;
                var end = unit.End;
                Tagger.Tag(tokens.AsSpan(first, end - first), tags.AsSpan(first, end - first), probability.AsSpan(first, end - first));
                done = sentence;
            }
            if (m.CountryRelative)
            {
                continue;
            }
            // A relative phrase («ريف حلب», «شمال حلب») is judged by its name, not by the cue words around it.
            var nameFirst = m.Phrase is not null || m.Bearing >= 0 ? m.End - 1 : m.First;
            if (m.Bearing >= 0 && m.Phrase is not null && m.CueKind == "rural")
            {
                nameFirst = m.First + 1;
            }
            var sum = 0.0;
            for (var k = nameFirst; k < m.End; k++)
            {
                sum += probability[k];
            }
            m.TagP = sum / (m.End - nameFirst);
            // «جامعة حفر الباطن», «مستشفى مصر الدولي»: a candidate that opens a longer name the tagger
            // reads is the head noun of a building or a street, and the tagger's yes is not about it.
            if (m.End < tags.Length && tags[m.End] == ToponymTagger.I && text.Tokens[m.End].Sentence == text.Tokens[m.First].Sentence)
            {
                m.TagP = Math.Min(m.TagP, 0.5);
            }
        }
    }


    /// <summary>
    /// A town named like a verb reads as the verb at the head of its clause («وسرت شائعات»,
    /// «ودان الاتحاد») or before a definite noun that is no adjective («وتدمر الغارات المنازل»);
    /// «مدينة سرت», «في سرت», «تدمر الأثرية» stay places.
    /// </summary>
    private bool ReadsAsVerb(Match m, AnalyzedText text)
    {
        var tokens = text.Tokens;
        if (m.PrepositionWord)
        {
            return false;
        }
        var t = tokens[m.First];
        var clauseStart = m.First == 0 || tokens[m.First - 1].Clause != t.Clause || !tokens[m.First - 1].IsWord;
        if (clauseStart)
        {
            return true;
        }
        if (m.End < tokens.Count && tokens[m.End].IsWord && tokens[m.End].Sentence == t.Sentence)
        {
            var next = tokens[m.End].Norm;
            var adjective = next.EndsWith("يه", StringComparison.Ordinal) || next.EndsWith('ي');
            return next.StartsWith("ال", StringComparison.Ordinal) && !adjective && !L.DirectionAdjectives.ContainsKey(next);
        }
        return false;
    }
}
