using Marsad.Extraction;
using Marsad.Lexicons;

namespace Marsad.Learning;

/// <summary>
/// The shape of one item of a roundup (s29-listsplit): «وفي مدينة الصدر، قتل 5 أشخاص …», «وفي الغربية،
/// تصدت قوات الأمن …» — a clause that opens with the place it is about tells an incident of its own,
/// and a place the article names here for the first time is not a retelling of one told before. The
/// keep model otherwise reads such items only by their late position in a long article.
/// </summary>
internal static partial class EventFeatures
{
    // A property, not a field: Names is built in a static initializer of another part of this class, whose order against this file's fields is not defined.
    private static string[] ListItemNames => ["place_opens_clause", "place_new"];

    private static void ListItem(ArticleIndex index, EventCandidate e, Span<float> into, ref int k)
    {
        into[k++] = e.Place is { } p && OpensClause(index, p, e.First) ? 1 : 0;
        into[k++] = e.Place is { } q && FirstNamedAt(index, q) ? 1 : 0;
    }

    /// <summary>
    /// The place stands before its trigger in the same sentence, with nothing before it in its clause but
    /// the conjunctions (event_words roles and, then) and the preposition of setting (role setting), which
    /// may carry the conjunctions as clitics («وفي», «ففي»).
    /// </summary>
    private static bool OpensClause(ArticleIndex index, Pipeline.PlaceHit place, int trigger)
    {
        var text = index.Text;
        // A place lent by the doer's state or the article's focus has no token of its own in this text.
        if (place.First < 0 || place.First >= text.Tokens.Count || trigger >= text.Tokens.Count || place.First >= trigger || text.Tokens[place.First].Sentence != text.Tokens[trigger].Sentence)
        {
            return false;
        }
        var clause = index.ClauseOf(place.First);
        var sawIn = false;
        for (var i = clause.First; i < place.First; i++)
        {
            var t = text.Tokens[i];
            if (!t.IsWord)
            {
                continue;
            }
            if (IsSettingPreposition(t))
            {
                sawIn = true;
                continue;
            }
            if (!IsJoiner(t.Norm))
            {
                return false;
            }
        }
        return sawIn;
    }

    /// <summary>A conjunction written apart that may open a roundup's item (event_words roles and, then: «و», «ف»).</summary>
    private static bool IsJoiner(string norm) =>
        WordRoles.EventWords.IsWholeWord(norm, "and") || WordRoles.EventWords.IsWholeWord(norm, "then");

    /// <summary>
    /// The preposition of setting (event_words role setting, «في»), alone or behind conjunction clitics
    /// («وفي», «ففي»): a reading whose base is the preposition and whose proclitics are all conjunctions.
    /// </summary>
    private static bool IsSettingPreposition(Marsad.Text.Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && WordRoles.EventWords.IsWholeWord(r.Base, "setting") && AllJoiners(t.Norm.AsSpan(0, r.Prefix)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AllJoiners(ReadOnlySpan<char> clitics)
    {
        foreach (var c in clitics)
        {
            if (!IsJoiner(c.ToString()))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// No earlier mention of the article resolves to the same place. The dateline that opens the body
    /// («بغداد (ا ف ب) - … في بغداد») is where the copy was filed, no earlier telling of a deed there
    /// (s29-placesite, <see cref="PlaceLinker.FiledFrom"/>; review29 finding 4). The first mention of
    /// each place is counted once per article (<see cref="ArticleIndex.FirstNamedAt"/>; review29 finding 7).
    /// </summary>
    private static bool FirstNamedAt(ArticleIndex index, Pipeline.PlaceHit place) =>
        place.First >= 0 && index.FirstNamedAt(place) >= place.First;
}
