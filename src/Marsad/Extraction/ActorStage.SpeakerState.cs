using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>How many words before the complementizer a verb of saying may stand, its subject between (s40b-foreign).</summary>
    private const int SpeakerReach = 10;

    /// <summary>
    /// «أعلنت المنسقية العامة لرئاسة الوزراء التركية، أن القوات المسلحة ضربت …», «أعلنت الحكومة التركية أن الطيران الحربي شن»:
    /// a generic word of forces, air arm or authorities that opens the clause a speaker a nationality adjective describes tells («أن/إن» right
    /// before it) is that state's own: a state's office tells of its own forces by their bare name. Read by the article's
    /// country (the places it names most), Turkey's shelling of northern Syria and its raids on the PKK went to Iraq's army.
    /// Not when the speaker is a news outlet («ذكرت وكالة الأناضول التركية»: an outlet reports any state's deeds; role
    /// `publishing` of event_words.tsv), nor when the speaker's state is the article's own (nothing to change).
    /// Returns the speaker's national row, or null.
    /// </summary>
    private NationalIds? SpeakerNational(AnalyzedText text, IReadOnlyList<PhraseMatch<ActorEntry>> matches, int i, NationalIds? national)
    {
        var m = matches[i];
        var that = m.First - 1;
        if (that < 1 || !WordRoles.ActorRoles.Is(text, that, "that", true) || text.Tokens[that].Sentence != text.Tokens[m.First].Sentence)
        {
            return null;
        }
        var verb = -1;
        for (var k = that - 1; k >= 0 && k >= that - SpeakerReach && text.Tokens[k].Sentence == text.Tokens[m.First].Sentence; k--)
        {
            if (WordRoles.ActorRoles.Is(text, k, "speaker", true))
            {
                verb = k;
                break;
            }
        }
        if (verb < 0)
        {
            return null;
        }
        NationalIds? speaker = null;
        for (var j = i - 1; j >= 0 && matches[j].First > verb; j--)
        {
            var entry = Choose(matches[j].Values);
            // A nationality adjective, or a name of several words that holds one («الحكومة التركية»); a one-word state's or
            // capital's name there is as often where the speaker sits («المرصد السوري ومقره لندن»).
            var described = entry.IsNisba || (entry.Kind == "name" && entry.Class is "state" or "army" && matches[j].End - matches[j].First > 1);
            if (described && ActorLexicon.NationalOf(entry.Id) is { } row)
            {
                speaker = row;
                break;
            }
        }
        if (speaker is null || speaker == national)
        {
            return null;
        }
        for (var k = verb + 1; k < that; k++)
        {
            if (words.Is(text, k, "publishing", allowClitics: true))
            {
                return null;
            }
        }
        return speaker;
    }

    /// <summary>The national row a generic word of forces, air arm or authorities takes: its speaker's (<see cref="SpeakerNational"/>), else the article's.</summary>
    private NationalIds? SpokenOf(AnalyzedText text, IReadOnlyList<PhraseMatch<ActorEntry>> matches, int i, ActorEntry entry, NationalIds? national) =>
        entry.Class is "army" or "air" or "state" && SpeakerNational(text, matches, i, national) is { } told ? told : national;
}
