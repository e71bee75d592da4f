using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «قتل 5 أشخاص في انفجار قنبلة بمدينة الصدر، كما قتل ثلاثة ركاب بانفجار عبوة …» then «كما قتل شخصان آخران في انفجار في
/// المنطقة نفسها»: deeds of one type and doer at one place on one day are one event with the summed toll (docs/annotation.md
/// 4.8 and its Fatalities notes: three bombings in Sadr City). The merger folds such tellings into one; the toll of each
/// telling that a word of another happening opens («كما», «فيما»: toll_words.tsv newtelling) and whose deed is named without
/// the article (a new blast, not «الانفجار» told again) is more dead, not the same dead told twice.
/// </summary>
internal static partial class EventMerger
{
    private static bool AnotherDeedsDead(ArticleIndex index, EventCandidate into, EventCandidate e)
    {
        if (into.FatalitySource is not { } had || e.FatalitySource is not { } toll || ReferenceEquals(had, toll) || had.First == toll.First
            || into.Fatalities is not > 0 || e.Fatalities != toll.Count || toll.Count <= 0 || FatalityFinder.IsUnnumbered(toll) || FatalityFinder.IsUnnumbered(had)
            || toll.First < into.End)
        {
            return false;
        }
        // One place named again («في المنطقة نفسها» read as the town told before): two quarters or towns a few kilometres
        // apart that the merger joined are two places, and a sum would give one the other's dead.
        if (into.Place?.Mention is not { } here || e.Place?.Mention is not { } there
            || !(string.Equals(here.Name, there.Name, StringComparison.Ordinal) || (here.GazetteerId is not null && string.Equals(here.GazetteerId, there.GazetteerId, StringComparison.Ordinal))))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        if (index.Token(toll.First).Clause != index.Token(e.First).Clause || !OpensAnotherHappening(index, clause.First))
        {
            return false;
        }
        // «كما أعلنت القوات أنها قتلت 22 مسلحا … وقالت مصادر إن القوات اشتبكت مع المسلحين لدى محاولتهم اقتحام قرى … ما أسفر عن
        // مقتل 22»: a «كما» that opens the clause both tellings stand in sets that clause apart from what came before it, not one
        // of its tellings from the other; the fight and the storming it repelled are one deed and one toll.
        if (index.Token(into.First).Clause == clause.Index)
        {
            return false;
        }
        if (e.PlaceSource == "sentence" && NamesAPlaceOfItsOwn(index, clause))
        {
            return false;
        }
        // The toll is the deed's own: no other deed told between them («كما افاد عن مقتل اربعة اثر قصف … التي اشتبكت»).
        var (from, to) = toll.First < e.First ? (toll.End, e.First) : (e.End, toll.First);
        for (var k = from; k < to; k++)
        {
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        return !index.Token(e.First).HasArticleReading;
    }

    /// <summary>
    /// «… في حي البياع …، فيما قتل اثنان في تفجير مزدوج استهدف منطقة الشعب»: a deed given its sentence's place whose own
    /// clause names an area, a quarter or a town by its cue word (place_cues.tsv) the gazetteer did not resolve is told
    /// elsewhere; «وفي الاسكندرية …، بينما قتل شخصان في هجوم مماثل» names none and stays at the sentence's town.
    /// </summary>
    private static bool NamesAPlaceOfItsOwn(ArticleIndex index, TextUnit clause)
    {
        var cues = Geo.PlaceLexicon.Default.Cues;
        for (var k = clause.First; k < clause.End; k++)
        {
            if (cues.ContainsKey(index.Token(k).Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The clause opens with a word of another happening («كما», «وكما»), past a comma or a quote mark.</summary>
    private static bool OpensAnotherHappening(ArticleIndex index, int first)
    {
        for (var k = first; k < index.Count && k <= first + 1; k++)
        {
            if (index.Token(k).IsWord)
            {
                return WordRoles.Tolls.Is(index.Text, k, "newtelling", allowClitics: true);
            }
        }
        return false;
    }
}
