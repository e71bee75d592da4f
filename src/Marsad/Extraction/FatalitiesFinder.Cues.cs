using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The kinds of fatality_words.tsv rows and one matched cue of them in a text.</summary>
public sealed partial class FatalityFinder
{
    private enum CueKind
    {
        KillBefore,
        KillAfter,
        KillSingle,
        KillDual,
        KillPost,
        KillPostSingle,
        KillFall,
        Person,
        PersonSingle,
        PersonDual,
        OneOf,
        Wound,
        Held,
        KillPlural,
        Few,
        Negation,
        None,

        /// <summary>«إصابات مباشرة»: a target struck, no people hurt; it covers the wound word and states no outcome of people.</summary>
        Hit,
        Loss,
        Mixed,
        Lower,
        LowerAfter,
        SingleBlocker,
        Approx,
        Unit,
        Rise,
        RiseTo,
        Companion,
        Companions,

        /// <summary>A person noun only without the article: «السيدة زينب» is a title before a name (review30 finding 1).</summary>
        BareOnly,
    }

    private sealed class Cue(PhraseMatch<CueKind> match, bool conjoined)
    {
        public int First => match.First;

        public int End => match.End;

        public TextSpan Span => match.Span;

        public bool Conjoined { get; } = conjoined;

        public bool HasArticle => match.FirstReading.HasArticle;

        public bool HasPrefix => match.FirstReading.Prefix > 0;

        /// <summary>Characters of a pronoun suffix on the first word («مقتله», «مقتلهما»).</summary>
        public int Suffix => match.FirstReading.Suffix;

        public bool Used { get; set; }

        public bool Is(CueKind kind) => match.Values.Contains(kind);

        /// <summary>A word of people hurt, held or missing: a count it governs is no fatality.</summary>
        public bool IsNotKilled => Is(CueKind.Wound) || Is(CueKind.Held);
    }
}
