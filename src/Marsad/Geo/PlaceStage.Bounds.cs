using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Where an output place mention begins and ends. The name is what the gazetteer matched; the
/// mention is the name as written, which for a named place after a singular cue word includes the
/// cue («مدينة حلب», «محافظة إدلب», «مطار بغداد»): both IDRISI's annotators and the corpus coders
/// mark it so (IDRISI: a cue inside the span 298 times, outside 47, of them 18 singular; corpus
/// train place mentions: 600 inside, 160 outside, of them 97 singular). A plural or dual cue
/// («مناطق», «بلدتي») introduces several names and stays out, as both sources mostly leave it. The match itself keeps the bare name:
/// the cue's weight, the event stage's place tokens and the features read it as before.
/// </summary>
public sealed partial class PlaceStage
{
    private TextSpan MentionSpan(Match m, AnalyzedText text)
    {
        var tokens = text.Tokens;
        // A phrase («ريف إدلب», «شمال حلب») already reads its first words; a name behind a clitic
        // («بحلب») has no cue of its own in front of it.
        if (m.Phrase is not null || m.Bearing >= 0 || m.CountryRelative || m.Span.Start != tokens[m.First].Span.Start)
        {
            return m.Span;
        }
        var j = m.First - 1;
        // «مدينة #البتراء»: IDRISI keeps the hashtag mark inside the cue's span.
        if (j >= 0 && tokens[j].Kind == TokenKind.Punctuation && tokens[j].Norm == "#")
        {
            j--;
        }
        if (j < 0 || !tokens[j].IsWord || tokens[j].Sentence != tokens[m.First].Sentence)
        {
            return m.Span;
        }
        var cue = tokens[j];
        var readings = cue.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && L.SpanCues.Contains(r.Base))
            {
                return new TextSpan(text.BaseSpan(cue, r).Start, m.Span.End);
            }
        }
        return m.Span;
    }
}
