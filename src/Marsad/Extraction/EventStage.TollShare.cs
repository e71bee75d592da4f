namespace Marsad.Extraction;

/// <summary>
/// «أكثر من 120 شخصا قتلوا أمس بنيران قوات النظام معظمهم في حلب ودير الزور وحمص», «ارتفاع قتلى اشتباكات الجمعة إلى 88
/// شخصاً معظمهم في حلب وإدلب», «حصيلة قتلى العمليات العسكرية … بـ121 قتيلاً، معظمهم في دمشق وريفها»: a toll whose dead are
/// shared out over places by «most of them in» counts over more places than it names, a monitor's daily total
/// (docs/annotation.md 4.2: «قتل 150 شخصا في أنحاء سوريا اليوم» is not coded). The places are only where most of the dead
/// fell, no happening told at any of them: train codes none of the four such tolls it holds, one only as optional
/// (nc-1b7c0ae4, «the daily country-wide toll»). A deed told before a clause joiner («فيما») that opens the toll, and one
/// the sentence tells after the share («، وفي وقت قصفت قوات
/// النظام …», «حيث ما زالت تدور أعنف المعارك») has its own clause and stays.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from the word of most of the dead to the deed's place: «في» and a place of two or three words («بالعاصمة دمشق»).</summary>
    private const int TollShareReach = 4;

    private static bool IsTollShare(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || e.Place is null || e.PlaceSource is "focus" or "none")
        {
            return false;
        }
        var at = e.PlaceToken >= 0 ? e.PlaceToken : e.Place.First;
        if (at <= e.End || index.Token(at).Sentence != index.Token(e.First).Sentence)
        {
            return false;
        }
        var clause = index.ClauseOf(at);
        for (var k = at - 1; k >= Math.Max(Math.Max(clause.First, e.End), at - TollShareReach); k--)
        {
            if (!index.Token(k).IsWord)
            {
                return false;
            }
            if (!index.IsRole(k, "tollshare", true))
            {
                continue;
            }
            // «معظمهم في حلب», «أغلبهم بالعاصمة دمشق» (a place with «ب» right after); not «معظمهم من المدنيين» (who they were)
            // nor «معظمهم بجروح», after which a place is the deed's.
            var next = k + 1;
            if (!index.Words.IsWholeWord(index.Token(next).Norm, "sharein") && !(OpensWithPreposition(index, next) && (next == at || next + 1 == at || next == e.Place.First)))
            {
                return false;
            }
            // «قصفت قواته مبنى الأركان …، فيما أعلنت الشبكة عن مقتل 93 شخصا، معظمهم في دمشق»: the toll is another clause's,
            // and the deed's place only taken from it.
            return !Geo.PlaceClauses.JoinerBetween(index.Text.Tokens, e.End, k, Geo.PlaceLexicon.Default.ClauseJoiners);
        }
        return false;
    }

    /// <summary>
    /// True when the word opens with a clitic preposition letter (event_words role cliticprep: «بدمشق», «بالعاصمة»). Read off the
    /// letter, not a segmentation: a place name's first reading is often the whole token; the caller asks it only of the place or
    /// the word right before it.
    /// </summary>
    private static bool OpensWithPreposition(ArticleIndex index, int k)
    {
        var t = index.Token(k);
        return t.IsWord && t.Norm.Length > 2 && index.Words.IsWholeWord(t.Norm[..1], "cliticprep");
    }
}
