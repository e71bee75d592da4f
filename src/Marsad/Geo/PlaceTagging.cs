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
        return ClassOf(m) + "|" + Bucket(Recognition(m, text, null, firstPass: true));
    }

    private const int WindowBefore = 6;
    private const int WindowAfter = 3;

    private static string Bucket(double rules) => rules < 1 ? "r0" : rules < Threshold ? "r1" : rules < 4 ? "r2" : "r3";

    /// <summary>Whether the tagger's say can change this candidate (see the weighing in Recognition).</summary>
    private bool NeedsTagger(Match m, double rules)
    {
        if (m.CountryRelative || m.Stop)
        {
            return false;
        }
        var prior = 0.0;
        foreach (var r in m.Rows)
        {
            prior = Math.Max(prior, Prior(r));
        }
        var strong = prior >= 3 || m.CueKind is not null || m.PrepositionWord;
        if (rules >= Threshold)
        {
            return !strong;
        }
        // Below the threshold only a lift matters, and the most the second pass adds without a
        // repeat (which accepts the name anyway) is its +0.5 for a neighbour.
        return rules + 0.5 + LiftWeight >= Threshold;
    }

    private string ClassOf(Match m)
    {
        if (m.CountryRelative || m.Rows.Length == 0)
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
        return (m.Phrase is not null || m.Bearing >= 0 ? "rel-" : string.Empty) + kind + (m.CueKind is null ? string.Empty : "+cue") + (m.Rows.Length > 1 ? "+amb" : string.Empty);
    }

    /// <summary>
    /// Runs the tagger over the sentences that hold a candidate whose fate it can change, and gives
    /// each such candidate the mean probability of its words. A stoplisted word (never lifted), and
    /// a name the rules accept on strong grounds (never vetoed), are left alone: most sentences
    /// then need no tagging at all.
    /// </summary>
    private void TagCandidates(AnalyzedText text, List<Match> matches)
    {
        // Read once: the property's shipped default is looked up on each read.
        if (Tagger is not { } tagger || matches.Count == 0)
        {
            return;
        }
        var rules = new double[matches.Count];
        var needs = new bool[matches.Count];
        var sentences = new HashSet<int>();
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            rules[i] = Recognition(m, text, null, firstPass: true);
            m.Rules = rules[i];
            needs[i] = NeedsTagger(m, rules[i]);
            if (needs[i])
            {
                sentences.Add(text.Tokens[m.First].Sentence);
            }
        }
        if (sentences.Count == 0)
        {
            return;
        }
        // The tagger reads a window around each candidate, not its whole sentence: its features
        // see two words either side and its history is the tags just before, so a few words of
        // run-up settle it, and news sentences are long.
        using var scratch = new TagScratch(text.Tokens.Count);
        var tokens = scratch.Tokens;
        var filled = scratch.Filled;
        var windows = new (int First, int End)[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            if (!needs[i])
            {
                continue;
            }
            var m = matches[i];
            var unit = text.Sentences[text.Tokens[m.First].Sentence];
            var first = Math.Max(unit.First, m.First - WindowBefore);
            var end = Math.Min(unit.End, m.End + WindowAfter);
            windows[i] = (first, end);
            for (var k = first; k < end; k++)
            {
                if (!filled[k])
                {
                    ToponymFeatures.Fill(text, tokens, k, k + 1);
                    filled[k] = true;
                }
            }
        }
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (filled[m.First])
            {
                ToponymFeatures.Mark(tokens, m.First, m.End, ClassOf(m) + "|" + Bucket(rules[i]), m.Stop);
            }
        }
        var tags = scratch.Tags;
        var probability = scratch.Probability;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (!needs[i])
            {
                continue;
            }
            var (wf, we) = windows[i];
            tagger.Tag(tokens.AsSpan(wf, we - wf), tags.AsSpan(wf, we - wf), probability.AsSpan(wf, we - wf));
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
            if (m.End < we && tags[m.End] == ToponymTagger.I)
            {
                m.TagP = Math.Min(m.TagP, 0.5);
            }
        }
    }

    /// <summary>
    /// The tagger's per-token scratch of one text (its tokens as the tagger reads them, which are
    /// filled, the tags and their probabilities), rented and cleared rather than allocated: a
    /// window of a long article has tens of thousands of tokens, and arrays that long go to the
    /// large-object heap, whose collections walk the whole heap.
    /// </summary>
    private readonly struct TagScratch : IDisposable
    {
        public readonly TaggerToken[] Tokens;
        public readonly bool[] Filled;
        public readonly int[] Tags;
        public readonly float[] Probability;

        public TagScratch(int count)
        {
            Tokens = System.Buffers.ArrayPool<TaggerToken>.Shared.Rent(count);
            Filled = System.Buffers.ArrayPool<bool>.Shared.Rent(count);
            Tags = System.Buffers.ArrayPool<int>.Shared.Rent(count);
            Probability = System.Buffers.ArrayPool<float>.Shared.Rent(count);
            Array.Clear(Tokens, 0, count);
            Array.Clear(Filled, 0, count);
            Array.Clear(Tags, 0, count);
            Array.Clear(Probability, 0, count);
        }

        public void Dispose()
        {
            // The tokens hold strings of the text: cleared, so that the pool keeps no text alive.
            System.Buffers.ArrayPool<TaggerToken>.Shared.Return(Tokens, clearArray: true);
            System.Buffers.ArrayPool<bool>.Shared.Return(Filled);
            System.Buffers.ArrayPool<int>.Shared.Return(Tags);
            System.Buffers.ArrayPool<float>.Shared.Return(Probability);
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
