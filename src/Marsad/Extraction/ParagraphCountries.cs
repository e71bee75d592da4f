using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The country each paragraph of an article is about, for the ids of generic state words
/// («القوات الحكومية», «الشرطة», «وزارة الداخلية»): an article that moves between countries
/// (a Turkish report with a paragraph on Syria's fighting, an Egyptian round-up with a Libyan
/// story) has its own forces in each paragraph, and the article's focus country named them all
/// by one state. A paragraph's country is the one its resolved places and nationality adjectives
/// all point to; a paragraph with no such signal, or with signals of two countries, keeps the
/// article's focus. Computed once per article, in one pass over the places and one over the
/// actor lexicon's matches.
/// </summary>
internal sealed class ParagraphCountries
{
    /// <summary>Marks a paragraph whose signals disagree.</summary>
    private const string Mixed = "";

    private readonly string?[] _country;
    private readonly SealedList<TextUnit> _paragraphs;
    private int _cursor;

    private ParagraphCountries(string?[] country, SealedList<TextUnit> paragraphs)
    {
        _country = country;
        _paragraphs = paragraphs;
    }

    public static ParagraphCountries Of(ExtractionContext context, IReadOnlyList<PhraseMatch<ActorEntry>> matches)
    {
        var text = context.Text;
        var paragraphs = text.Paragraphs;
        var country = new string?[paragraphs.Count];
        var at = new ParagraphCountries(country, paragraphs);
        foreach (var p in context.Places)
        {
            if (p.Mention.Country is { } cc)
            {
                at.Vote(p.First, cc);
            }
        }
        at._cursor = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            // «السورية», «المصري», «الجيش التركي», «واشنطن» as a state: a nationality or a state's own name points to
            // its country, so a paragraph about Turkey's army in Syria points to two and keeps the article's focus.
            // A group's name does not (Hezbollah fights in Syria), nor an id of several countries.
            var entry = ActorStage.Choose(m.Values);
            if ((entry.IsNisba || (entry.Kind == "name" && entry.Class is "state" or "army"))
                && Geo.DocumentFocus.ActorCountries.TryGetValue(entry.Id, out var countries) && countries.Length == 1)
            {
                at.Vote(m.First, countries[0]);
            }
        }
        at._cursor = 0;
        return at;
    }

    /// <summary>
    /// The national row for a generic word at <paramref name="token"/>: its paragraph's country's when the
    /// paragraph points to one country the table lists, else <paramref name="article"/>. Asked in token order.
    /// </summary>
    public NationalIds? At(int token, NationalIds? article) =>
        CountryAt(token) is { Length: > 0 } cc && ActorLexicon.National.TryGetValue(cc, out var row) ? row : article;

    /// <summary>The single country the paragraph of <paramref name="token"/> points to, or null. Asked in token order.</summary>
    public string? CountryAt(int token)
    {
        var p = ParagraphOf(token);
        return p < 0 || _country[p] is not { Length: > 0 } cc ? null : cc;
    }

    private void Vote(int token, string cc)
    {
        var p = ParagraphOf(token);
        if (p < 0)
        {
            return;
        }
        _country[p] = _country[p] is null || string.Equals(_country[p], cc, StringComparison.Ordinal) ? cc : Mixed;
    }

    /// <summary>The paragraph holding <paramref name="token"/>, walking forward from the last one asked (tokens come in order), or -1.</summary>
    private int ParagraphOf(int token)
    {
        if (_cursor < _paragraphs.Count && token < _paragraphs[_cursor].First)
        {
            _cursor = 0;
        }
        while (_cursor < _paragraphs.Count && token >= _paragraphs[_cursor].End)
        {
            _cursor++;
        }
        return _cursor < _paragraphs.Count && token >= _paragraphs[_cursor].First ? _cursor : -1;
    }
}
