using System.Globalization;
using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>An actor lexicon entry: id, kind (name, nisba, ref) and class (org, army, state, body, civ, protest).</summary>
public sealed record ActorEntry(string Id, string Kind, string Class)
{
    public bool IsNisba => Kind == "nisba";

    public bool IsReference => Kind == "ref";

    /// <summary>
    /// The noun a back-reference repeats without its name («التنظيم»: «تنظيم»), normalized; null for
    /// other kinds. Such a reference points to the last actor one of whose names opens with that noun.
    /// </summary>
    public string? Head { get; init; }

    /// <summary>
    /// The last publication year in which the name names <see cref="Id"/> (actor_eras.tsv), or null for a
    /// name whose bearer never changed; in later articles it names <see cref="Later"/>.
    /// </summary>
    public int? Until { get; init; }

    /// <summary>The id the name takes in articles published after <see cref="Until"/>.</summary>
    public string? Later { get; init; }

    /// <summary>This entry as an article published on <paramref name="published"/> reads it: the later bearer after its era, else itself (an undated article keeps the era's).</summary>
    public ActorEntry InYear(DateOnly? published) =>
        Until is { } until && Later is { } later && published is { } day && day.Year > until ? this with { Id = later, Until = null, Later = null } : this;

    /// <summary>A generic national word («الشرطة», «السلطات»): the forces or government of the article's focus country.</summary>
    public bool IsNational => Kind == "national";

    /// <summary>Armed classes can do violence in an event; states and bodies act through words and deals.</summary>
    public bool IsArmed => Class is "org" or "army";
}

/// <summary>
/// One country's row of data/lexicons/national_actors.tsv; <see cref="Air"/> is null where unnamed
/// warplanes are not read as anyone's, <see cref="Militia"/> where the country's pro-government
/// militias have no id of their own, <see cref="Kurds"/> where «القوات الكردية» is not guessed,
/// <see cref="Opposition"/> where «القوى الثورية» names no political opposition of the country's own,
/// <see cref="Coalition"/> where the bare «طائرات التحالف» is the US-led coalition (<see cref="ActorLexicon.DefaultCoalition"/>),
/// <see cref="Tribes"/> where «أبناء العشائر» names no tribal fighters of the country's own.
/// </summary>
public sealed record NationalIds(string Forces, string Government, string Insurgents, string? Air, string? Militia = null, string? Kurds = null, string? Opposition = null, string? Coalition = null, string? Regime = null, string? Rebels = null, string? Tribes = null)
{
    /// <summary>The id a generic word of the class <paramref name="cls"/> takes (actors.tsv: state, org = insurgents, air, militia, kurds, opposition, coalition, regime, rebels, tribes, else forces), or null.</summary>
    public string? For(string cls) => cls switch
    {
        "state" => Government,
        "org" => Insurgents,
        "air" => Air,
        "militia" => Militia,
        "kurds" => Kurds,
        "opposition" => Opposition,
        "coalition" => Coalition,
        "regime" => Regime,
        "rebels" => Rebels,
        "tribes" => Tribes,
        _ => Forces,
    };
}

/// <summary>data/lexicons/actors.tsv as a phrase matcher.</summary>
public sealed class ActorLexicon
{
    public ActorLexicon(TsvTable table, TsvTable? eras = null)
    {
        if (eras is not null)
        {
            AddEras(eras);
        }
        int id = table.Column("id"), name = table.Column("name"), kind = table.Column("kind"), cls = table.Column("class");
        foreach (var row in table.Rows)
        {
            var k = row[kind];
            if (k is not ("name" or "nisba" or "ref" or "national"))
            {
                throw new InvalidDataException($"{table.Name}:{row.Line}: unknown kind '{k}'");
            }
            var head = HeadOf(row[name]);
            if (k == "name" && head is not null)
            {
                if (!heads.TryGetValue(row[id], out var list))
                {
                    heads[row[id]] = list = [];
                }
                // «الائتلاف الوطني السوري»: a name may open with its noun already definite; a back-reference
                // repeats the noun («الائتلاف»), which the reference rows key without its article.
                var first = FirstWord(row[name]);
                foreach (var h in first.StartsWith("ال", StringComparison.Ordinal) && first.Length > 4 ? [head, ArabicNormalizer.NormalizeKey(first[2..])] : new[] { head })
                {
                    if (!list.Contains(h, StringComparer.Ordinal))
                    {
                        list.Add(h);
                    }
                }
            }
            var refHead = k == "ref" && row[name].StartsWith("ال", StringComparison.Ordinal)
                ? ArabicNormalizer.NormalizeKey(FirstWord(row[name])[2..]) : null;
            if (refHead is not null && row[cls] == "org")
            {
                referenceHeads.Add(refHead);
            }
            var entry = new ActorEntry(row[id], k, row[cls]) { Head = refHead };
            Matcher.Add(row[name], entry);
            // «البطاريتين الألمانيتين», «سفينتان حربيتان روسيتان»: a feminine nisba agrees with a dual noun,
            // which news uses for pairs of batteries, ships and aircraft; the rows list the singular only.
            if (k == "nisba" && row[name].EndsWith("ية", StringComparison.Ordinal))
            {
                var stem = row[name][..^1];
                Matcher.Add(stem + "تين", entry);
                Matcher.Add(stem + "تان", entry);
            }
        }
    }

    /// <summary>data/lexicons/actor_eras.tsv: names whose bearer changed over the news years, each with the last year it names its id.</summary>
    private void AddEras(TsvTable eras)
    {
        int id = eras.Column("id"), name = eras.Column("name"), cls = eras.Column("class"), until = eras.Column("until"), later = eras.Column("later");
        foreach (var row in eras.Rows)
        {
            if (!int.TryParse(row[until], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || row[later].Length == 0)
            {
                throw new InvalidDataException($"{eras.Name}:{row.Line}: an era needs its last year and its later id");
            }
            Matcher.Add(row[name], new ActorEntry(row[id], "name", row[cls]) { Until = year, Later = row[later] });
        }
    }

    private readonly Dictionary<string, List<string>> heads = new(StringComparer.Ordinal);

    private readonly HashSet<string> referenceHeads = new(StringComparer.Ordinal);

    /// <summary><paramref name="word"/> itself when a back-reference to a group repeats it («تنظيم» of «التنظيم»), else null.</summary>
    public string? ReferenceHeadOf(string word) => referenceHeads.TryGetValue(word, out var head) ? head : null;

    /// <summary>
    /// The nouns that open the names of <paramref name="id"/> in this lexicon («تنظيم» for ISIL, which is also
    /// «تنظيم داعش»; «جماعة» for the Houthis): what a bare definite noun can repeat to refer back to it.
    /// </summary>
    public IReadOnlyList<string>? HeadsOf(string id) => heads.GetValueOrDefault(id);

    /// <summary>The first word of a name of two words or more («تنظيم الدولة»: «تنظيم»), normalized; null for a one-word name.</summary>
    private static string? HeadOf(string name)
    {
        var first = FirstWord(name);
        return first.Length == name.Length ? null : ArabicNormalizer.NormalizeKey(first);
    }

    private static string FirstWord(string name) => name.IndexOf(' ', StringComparison.Ordinal) is var sp and > 0 ? name[..sp] : name;

    public static ActorLexicon Default { get; } = new(TsvTable.LoadEmbedded("actors"), TsvTable.LoadEmbedded("actor_eras"));

    /// <summary>data/lexicons/national_actors.tsv: the ids a generic word takes, by the article's focus country.</summary>
    public static IReadOnlyDictionary<string, NationalIds> National { get; } = LoadNational();

    /// <summary>
    /// The forces of the state <paramref name="stateId"/> names («الشرطة الكويتية»: KWT → KWT-MIL), per
    /// national_actors.tsv; the id itself where the table lists no other (TUR, USA cover both).
    /// </summary>
    public static string ForcesOf(string stateId) => ForcesByState.GetValueOrDefault(stateId, stateId);

    private static readonly Dictionary<string, string> ForcesByState = National.Values
        .GroupBy(n => n.Government, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Forces, StringComparer.Ordinal);

    /// <summary>
    /// The government whose forces <paramref name="forcesId"/> are (SYR-MIL → SYR-GOV), per
    /// national_actors.tsv; null where the table gives the two one id (TUR, USA) or lists no such forces.
    /// </summary>
    public static string? GovernmentOf(string forcesId) =>
        GovernmentByForces.TryGetValue(forcesId, out var government) && !string.Equals(government, forcesId, StringComparison.Ordinal) ? government : null;

    private static readonly Dictionary<string, string> GovernmentByForces = National.Values
        .GroupBy(n => n.Forces, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Government, StringComparer.Ordinal);

    /// <summary>
    /// The national ids of the state <paramref name="stateId"/> names, by its government or forces id
    /// («السورية»: SYR-GOV → Syria's row), or null where national_actors.tsv lists no such state.
    /// </summary>
    public static NationalIds? NationalOf(string stateId) => NationalByState.GetValueOrDefault(stateId);

    private static readonly Dictionary<string, NationalIds> NationalByState = National.Values
        .SelectMany(n => new[] { (Id: n.Government, Row: n), (Id: n.Forces, Row: n) })
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Row, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="id"/> is some country's pro-government militias (national_actors.tsv militia: SYR-MIL-ALLIES).</summary>
    public static bool IsMilitia(string id) => MilitiaIds.Contains(id);

    private static readonly HashSet<string> MilitiaIds = National.Values
        .Where(n => n.Militia is not null)
        .Select(n => n.Militia!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="id"/> is some country's political opposition (national_actors.tsv opposition: SYR-OPP, EGY-OPP).</summary>
    public static bool IsOpposition(string id) => OppositionIds.Contains(id);

    private static readonly HashSet<string> OppositionIds = National.Values
        .Where(n => n.Opposition is not null)
        .Select(n => n.Opposition!)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The country (ISO alpha-2) whose forces or government <paramref name="stateId"/> is, per
    /// national_actors.tsv (KWT-MIL → KW, TUR → TR), or null for any other actor.
    /// </summary>
    public static string? CountryOf(string stateId) => CountryByState.GetValueOrDefault(stateId);

    /// <summary>
    /// The state <paramref name="id"/> stands for, so that a state's government and forces compare as
    /// one side: its country per national_actors.tsv (SYR-GOV and SYR-MIL → SY, ISR → IL); for a state
    /// the table lists no row for, the id with "-GOV"/"-MIL" cut off (QAT stays QAT); any other actor is itself.
    /// </summary>
    public static string StateOf(string id) =>
        CountryOf(id) ?? (id.EndsWith("-GOV", StringComparison.Ordinal) || id.EndsWith("-MIL", StringComparison.Ordinal) ? id[..^4] : id);

    private static readonly Dictionary<string, string> CountryByState = National
        .SelectMany(n => new[] { (Id: n.Value.Government, Country: n.Key), (Id: n.Value.Forces, Country: n.Key) })
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Country, StringComparer.Ordinal);

    /// <summary>
    /// Whether the armed actor <paramref name="id"/> has no aircraft of its own (data/lexicons/airless_actors.tsv):
    /// an air raid is never its deed, whatever sentence names it.
    /// </summary>
    public static bool HasNoAircraft(string id) => Airless.Contains(id);

    private static readonly HashSet<string> Airless = LoadAirless();

    private static HashSet<string> LoadAirless()
    {
        var table = TsvTable.LoadEmbedded("airless_actors");
        var id = table.Column("id");
        return table.Rows.Select(r => r[id]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Unnamed armed opposition in an article with no focus country, or one the table does not list.</summary>
    public const string UnidentifiedArmed = "UNIDENTIFIED-ARMED";

    /// <summary>
    /// The coalition «طائرات التحالف» names where national_actors.tsv gives the article's country none: the one the
    /// Syrian, Iraqi and Turkish news of 2014–2015 mean by the bare name (the gold codes it so: train sn-ce9986b2, sn-9cada69e).
    /// </summary>
    public const string DefaultCoalition = "USA-COALITION";

    private static Dictionary<string, NationalIds> LoadNational()
    {
        var table = TsvTable.LoadEmbedded("national_actors");
        int country = table.Column("country"), forces = table.Column("forces"), government = table.Column("government"),
            insurgents = table.Column("insurgents"), air = table.Column("air"), militia = table.Column("militia"), kurds = table.Column("kurds"),
            opposition = table.Column("opposition"), coalition = table.Column("coalition"), regime = table.Column("regime"), rebels = table.Column("rebels"), tribes = table.Column("tribes");
        var map = new Dictionary<string, NationalIds>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            map[row[country]] = new NationalIds(row[forces], row[government], row[insurgents], OrNull(row[air]), OrNull(row[militia]), OrNull(row[kurds]), OrNull(row[opposition]), OrNull(row[coalition]), OrNull(row[regime]), OrNull(row[rebels]), OrNull(row[tribes]));
        }
        return map;
    }

    private static string? OrNull(string cell) => cell.Length > 0 ? cell : null;

    public PhraseMatcher<ActorEntry> Matcher { get; } = new();
}
