using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>What a statement is and where it was made: a regime that speaks, a court's conviction that is no condemnation, the venue of an accusation.</summary>
internal static partial class StatementRoles
{
    /// <summary>
    /// «اتهم النظام السوري», «نظام الأسد يتوعد»: a regime that speaks is the state's government, not its
    /// forces, whose id the lexicon gives «النظام السوري» for its deeds (the gold codes no accusation or threat by SYR-MIL).
    /// </summary>
    public static void RegimeSpeaker(ArticleIndex index, EventCandidate e)
    {
        if (e.Type is not ("ACCUSE" or "THREATEN") || e.Actor1 is not { } speaker || Words.At(index.Text, speaker.First, "regime", allowClitics: true) is null
            || ActorLexicon.GovernmentOf(speaker.ActorId) is not { } government)
        {
            return;
        }
        e.Actor1 = speaker with { ActorId = government };
    }

    /// <summary>
    /// «الرئيس الأسد … لإدانته بالإرهاب», «بعد إدانته بتأييد التنظيم»: a conviction for a charge is a
    /// court's step, not a condemnation. «إدانته» is spelled like the verb «أدانته» (she condemned
    /// him), and the trigger finder may read it so; behind a preposition (the clitic ل or ب, or a
    /// word of time such as «بعد», «عقب») it can only be the verbal noun, and so it is after a word of a charge
    /// proven (event_words.tsv role proven).
    /// </summary>
    public static bool IsConviction(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ACCUSE" || e.End >= index.Count)
        {
            return false;
        }
        var noun = index.Token(e.First).Norm;
        // «يقضي بثبوت إدانة مواطن بالانضمام», «كما ثبتت إدانته»: a conviction proven, whatever follows it and
        // whichever reading the trigger finder gave the word.
        if (e.First > 0 && index.IsRole(e.First - 1, "proven", true) && WordParts.Holds(noun, "conviction"))
        {
            return true;
        }
        if (e.Trigger.IsVerb && !IsNounBehindPreposition(index, e))
        {
            return false;
        }
        var next = index.Token(e.End);
        return WordParts.Holds(noun, "conviction") && next.IsWord && next.Norm.Length > 3 && next.Norm[0] == 'ب' && index.ActorAt(e.End) is null && index.PlaceAt(e.End) is null;
    }

    /// <summary>A verb reading that cannot be a verb: a preposition clitic on it («لإدانته», «بإدانته») or a background preposition of time right before it («بعد إدانته»).</summary>
    private static bool IsNounBehindPreposition(ArticleIndex index, EventCandidate e)
    {
        var prefix = index.Token(e.First).Norm[..e.Reading.Prefix];
        return LamClitic.IsLam(prefix) || prefix is "ب" or "وب" or "فب" || (e.First > 0 && index.IsRole(e.First - 1, "background", false));
    }

    /// <summary>
    /// An accusation takes no place unless the text says where it was made (docs/annotation.md 6.4):
    /// a place after a venue word of its sentence («في مؤتمر صحافي في طهران», «الذي يزور طهران»), else
    /// the venue the article gives its speaker elsewhere («وليد المعلم الذي يزور طهران», «ونقلت … عن
    /// الأسد قوله، خلال استقباله …، في دمشق»); the place it links otherwise is the blamed act's or the
    /// blamed country's.
    /// </summary>
    public static void PlaceStatement(ArticleIndex index, EventCandidate e, Venues venues)
    {
        if (e.Type != "ACCUSE")
        {
            return;
        }
        var venue = venues.Of(index, e);
        e.Place = venue?.Place;
        e.PlaceToken = venue?.PlaceToken ?? -1;
        e.PlaceSource = venue is null ? "none" : "clause";
        e.RulesPlace = null;
        e.CoordinatedPlaces.Clear();
    }
}
