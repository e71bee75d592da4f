using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>A place found in the text and resolved: token range, body span and the output record.</summary>
public sealed record PlaceHit(int First, int End, TextSpan Span, PlaceMention Mention)
{
    /// <summary>
    /// The town a named site is located by and written inside («بيروت» in «مرفأ بيروت»): the event
    /// stage still reads it, but the output lists the site's mention alone, the longer name as written.
    /// </summary>
    public bool InSite { get; init; }

    /// <summary>
    /// The body span the output's <c>places</c> list gives the mention, when it is wider than the
    /// name: a cue word written with it («مدينة حلب»). The event's location keeps the bare name.
    /// </summary>
    public TextSpan? Written { get; init; }

    /// <summary>
    /// A quarter or village the sources lack, put at (or by) the town its sentence tells it by
    /// («بلدة المزاريب قرب مدينة درعا», «حي الحاضر بمدينة حماة»): its coordinates and gazetteer id are
    /// the town's and its precision is region, yet it names a finer place than the town.
    /// </summary>
    public bool PutByTown { get; init; }

    /// <summary>The output's <c>places</c> list: every hit but a town written inside a site, each with its written span.</summary>
    public static IEnumerable<PlaceMention> Output(IReadOnlyList<PlaceHit> places, IReadOnlyList<PlaceHit> sites, string body) =>
        (sites.Count == 0 ? (IEnumerable<PlaceHit>)places : places.Where(p => !p.InSite).Concat(sites).OrderBy(p => p.Span.Start))
            .Select(p => p.Written is { } w ? p.Mention with { Text = w.Cut(body), Start = w.Start, End = w.End } : p.Mention);
}

/// <summary>
/// An actor found in the text: token range, body span, id, whether it refers back to an earlier
/// mention («التنظيم»), and the lexicon entry that named it (kind and class), when there is one.
/// </summary>
public sealed record ActorHit(int First, int End, TextSpan Span, string ActorId, bool IsReference = false, Marsad.Lexicons.ActorEntry? Entry = null)
{
    /// <summary>The proclitics of the first word, folded («و», «ل», «وب»): a preposition here marks a target, not a doer.</summary>
    public string Clitics { get; init; } = string.Empty;

    public bool IsNisba => Entry?.IsNisba == true;

    public bool IsArmed => Entry?.IsArmed == true;

    /// <summary>
    /// A name the text gives only to describe another group («جبهة النصرة، وهي فرع تنظيم القاعدة»): listed among the
    /// article's actors, but no party to any event, so the event stage never sees it.
    /// </summary>
    public bool IsAside { get; init; }
}

/// <summary>
/// What the stages of one article share. Each stage reads what earlier stages left and adds its
/// own; the output is built from it at the end.
/// </summary>
public sealed class ExtractionContext(Article article, AnalyzedText text)
{
    public Article Article { get; } = article;

    public AnalyzedText Text { get; } = text;

    public List<PlaceHit> Places { get; } = [];

    /// <summary>
    /// Named facilities and streets the gazetteer lacks («مستشفى …», «شارع …»), located at a
    /// gazetteer place of their context: output as places, but not offered to the stages that
    /// place events, which already see the place whose point they borrow.
    /// </summary>
    public List<PlaceHit> Sites { get; } = [];

    public List<ActorHit> Actors { get; } = [];

    public List<EventRecord> Events { get; } = [];

    /// <summary>Where the article is about, set once its places and actors are known (by the event stage), for the stages after it.</summary>
    public Geo.DocumentFocus? Focus { get; set; }

    /// <summary>The article's dateline folded for comparison (<see cref="ArabicNormalizer.NormalizeKey"/>), or null when it has none; folded once, on first use.</summary>
    internal string? DatelineKey => _datelineRead ? _datelineKey : ReadDateline();

    private string? _datelineKey;
    private bool _datelineRead;

    private string? ReadDateline()
    {
        _datelineKey = Article.Dateline is { } d ? ArabicNormalizer.NormalizeKey(d) : null;
        _datelineRead = true;
        return _datelineKey;
    }

    /// <summary>
    /// Whether the mention over <paramref name="span"/>, opening at token <paramref name="first"/>, is the
    /// dateline that opens the body («الرياض (أ ف ب) -»): where the copy was filed, read alike by the
    /// actors (no party), the place linker (no place of a deed of force) and the keep features (no
    /// earlier telling). Only a mention at token 0 is folded and compared.
    /// </summary>
    internal bool IsDatelineAt(int first, TextSpan span) =>
        first == 0 && DatelineKey is { } key && string.Equals(ArabicNormalizer.NormalizeKey(span.Cut(Text.Body)), key, StringComparison.Ordinal);

    /// <summary>Set by training: every candidate event and its features are recorded here, and the rules decide.</summary>
    internal Learning.CandidateLog? CandidateLog { get; set; }
}

/// <summary>One stage of extraction (places, actors, events…), run in order on every article.</summary>
public interface IExtractionStage
{
    void Run(ExtractionContext context);
}
