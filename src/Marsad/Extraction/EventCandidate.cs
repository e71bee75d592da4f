using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>An event while it is being coded: the trigger and everything linked to it so far.</summary>
internal sealed class EventCandidate(int first, int end, TriggerEntry trigger, Segmentation reading)
{
    public int First { get; } = first;

    public int End { get; } = end;

    public TriggerEntry Trigger { get; set; } = trigger;

    /// <summary>The other entries of the same words that the context allows (a verb and its verbal noun).</summary>
    public IReadOnlyList<TriggerEntry> Alternatives { get; init; } = [];

    public Segmentation Reading { get; } = reading;

    /// <summary>A blockade told by cutting or closing a road («قطع الطريق», «أغلقوا الطريق الدولي»), not by besieging a place: protesters do that too.</summary>
    public bool CutsRoad { get; init; }

    /// <summary>Whether the trigger carries the article, in the reading it was matched with or in its token's first segmentation («الهجوم», «بالهجوم»): the happening named again.</summary>
    public bool IsDefinite(ArticleIndex index) => Reading.HasArticle || index.Token(First).Segmentations[0].HasArticle;

    public string Type => Trigger.Type;

    public string Modality { get; set; } = "asserted";

    public TextSpan? ModalityCue { get; set; }

    public ActorHit? Actor1 { get; set; }

    /// <summary>True when actor1 was read from the trigger's own clause (its subject, its genitive), not inherited.</summary>
    public bool Actor1IsLocal { get; set; }

    public ActorHit? Actor2 { get; set; }

    /// <summary>
    /// The learned actor2 choice, shown in place of <see cref="Actor2"/> while that is still the
    /// rules' pick it was made over (<c>Over</c>): the type, the keep decision and the merge read
    /// the rules' actor2 only (docs/learning.md, s18-actor2).
    /// </summary>
    public (ActorHit? Hit, ActorHit? Over)? ChosenActor2 { get; set; }

    /// <summary>
    /// The party a passive verb of killing or wounding names as suffering this deed (PatientBefore.Suffered), taken
    /// out of actor1 by the linker: the one acted on, actor2 when the choices leave that slot empty (review31 finding 3).
    /// </summary>
    public ActorHit? Sufferer { get; set; }

    /// <summary>The doer an event type implies when none is named (protesters protest).</summary>
    public string? DefaultActor1 { get; set; }

    public PlaceHit? Place { get; set; }

    /// <summary>The token where the place was found (a back-reference «المدينة» stands elsewhere than its antecedent).</summary>
    public int PlaceToken { get; set; } = -1;

    /// <summary>Where the place came from: clause, reference, sentence, road, focus.</summary>
    public string PlaceSource { get; set; } = "none";

    /// <summary>The rules' place when the learned place choice put the event elsewhere: the rules are judged on their own linking.</summary>
    public (PlaceHit? Place, int Token, string Source)? RulesPlace { get; set; }

    public IReadOnlyList<string>? Route { get; set; }

    public Output.DateRef? Date { get; set; }

    public int? Fatalities { get; set; }

    /// <summary>The statement of dead <see cref="Fatalities"/> was read from, or null.</summary>
    public FatalityMention? FatalitySource { get; set; }

    /// <summary>The statement whose count was divided among this event's listed places (EventStage.SplitToll), or null.</summary>
    public FatalityMention? DividedToll { get; set; }

    public string? Attribution { get; set; }

    public bool Anaphoric { get; set; }

    /// <summary>The doer is told as «another» group («وهاجمت مجموعة أخرى»): a deed of another band, never a retelling of one told before.</summary>
    public bool OtherBand { get; set; }

    /// <summary>Places joined to the event's place by «و» («إلى مدينتي العمارة والنجف»): the same happening at each.</summary>
    public List<(PlaceHit Place, int Token)> CoordinatedPlaces { get; } = [];

    /// <summary>This event at another place: one event is one place (SPEC §1).</summary>
    public EventCandidate AtPlace(PlaceHit place, int token) => new(First, End, Trigger, Reading)
    {
        Alternatives = Alternatives,
        Modality = Modality,
        ModalityCue = ModalityCue,
        Actor1 = Actor1,
        Actor1IsLocal = Actor1IsLocal,
        Actor2 = Actor2,
        ChosenActor2 = ChosenActor2,
        DefaultActor1 = DefaultActor1,
        Sufferer = Sufferer,
        Place = place,
        PlaceToken = token,
        PlaceSource = PlaceSource,
        Date = Date,
        Fatalities = Fatalities,
        FatalitySource = FatalitySource,
        Attribution = Attribution,
        Confidence = Confidence,
        ListHead = ListHead ?? this,
    };

    /// <summary>The candidate whose list of places this copy was made from (<see cref="AtPlace"/>); null for a candidate of its own.</summary>
    public EventCandidate? ListHead { get; private init; }

    public double Confidence { get; set; }
}
