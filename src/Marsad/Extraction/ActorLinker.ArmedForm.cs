using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// The form a state takes as a doer: a state that uses force does it through its forces, unless it
/// deploys abroad (s20b-mobilize); a nationality adjective on a force noun names the force's state.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>The form an actor takes as the doer of <paramref name="e"/>: a state that uses force does it through its forces.</summary>
    internal static ActorHit ArmedFormFor(ArticleIndex index, EventCandidate e, ActorHit actor) =>
        (EventTypes.IsUseOfForce(e.Type) || IsSoldiersDefection(index, e)) && !ForeignDeployment(index, e, actor) ? ArmedFormOf(actor) : actor;

    /// <summary>Tokens around a defection searched for the soldiers who defect.</summary>
    private const int DefectorReach = 8;

    /// <summary>
    /// «نحو 700 جندي بينهم 50 ضابطا في ريف دمشق انشقوا عن نظام الرئيس», «انشقاق عشرات الجنود عن قوات النظام»:
    /// the doers of a defection are the defectors, and soldiers or officers (event_words.tsv role fighter)
    /// who leave a state leave its forces: the gold codes their force (SYR-MIL), never the government
    /// they defected from, which the state's name or capital around them would give. A defection is the
    /// SUPPORT trigger whose side left stands behind the actor2_prep of role leftside (event_words.tsv: «عن»); an official who
    /// defects («انشق السفير») keeps the state.
    /// </summary>
    private static bool IsSoldiersDefection(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "SUPPORT" || e.Trigger.Actor2Prep is not { } side || !index.Words.IsWholeWord(side, "leftside"))
        {
            return false;
        }
        // The defectors are the subject: before the trigger («700 جندي ... انشقوا») or between it and the side
        // they leave («انشق عشرات الجنود عن», «انشقاق ضابطين عن»). Soldiers past «عن» are the side left or a cause
        // («انشق السفير عن النظام احتجاجا على قتل الجنود للمتظاهرين»), not those who defect.
        var clause = index.ClauseOf(e.First);
        for (var k = Math.Max(clause.First, e.First - DefectorReach); k < e.First; k++)
        {
            if (index.IsRole(k, "fighter", true))
            {
                return true;
            }
        }
        for (var k = e.End; k < Math.Min(clause.End, e.End + DefectorReach) && !index.Words.IsWholeWord(index.Token(k).Norm, "leftside"); k++)
        {
            if (index.IsRole(k, "fighter", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «البطاريتين الألمانيتين اللتين نشرتا», «خطة فرنسية لاقامة قاعدة عسكرية في ليبيا»: a state that sends
    /// or deploys a force away from the country the article is about is coded by the state itself
    /// (gold: DEU, NLD, FRA, GBR, RUS, USA for deployments abroad; the forces id for the focus country's own:
    /// SYR-MIL, IRQ-MIL, EGY-MIL, LBN-MIL).
    /// </summary>
    private static bool ForeignDeployment(ArticleIndex index, EventCandidate e, ActorHit actor) =>
        e.Type == "MOBILIZE" && actor.Entry?.Class == "state"
        && index.Context.Focus?.Country is { } focus
        && Lexicons.ActorLexicon.National.TryGetValue(focus, out var own)
        && !string.Equals(own.Government, actor.ActorId, StringComparison.Ordinal)
        && !string.Equals(own.Forces, actor.ActorId, StringComparison.Ordinal);


    /// <summary>
    /// «سوريا قصفت», «بغداد اعتقلت», «الكويت اعتقلت»: a state that uses force does it through its forces,
    /// the forces id national_actors.tsv gives its government (the coding guideline's «ISO3-MIL»).
    /// </summary>
    private static ActorHit ArmedFormOf(ActorHit a) =>
        Lexicons.ActorLexicon.ForcesOf(a.ActorId) is var forces && !string.Equals(forces, a.ActorId, StringComparison.Ordinal) ? a with { ActorId = forces } : a;

    /// <summary>
    /// Who a verb of doing, launching or laying a deed can name as its doer: an armed party, or a
    /// state (unless <paramref name="stateToo"/> is false); a nationality adjective only on a force noun.
    /// </summary>
    internal static bool CanBeNamedDoer(ArticleIndex index, ActorHit a, bool stateToo = true) =>
        (a.IsArmed || (stateToo && a.Entry?.Class == "state")) && (!a.IsNisba || IsForceNisba(index, a));

    /// <summary>«طائرات حربية روسية», «قوات تركية»: a nationality adjective on a force noun names the force's state.</summary>
    public static bool IsForceNisba(ArticleIndex index, ActorHit a)
    {
        if (!a.IsNisba)
        {
            return false;
        }
        // «مقاتلات إف-16 تركية», «طائرات ميغ-23 سورية»: the digits and hyphen of a model's name stand between the
        // force noun and its nationality without being words of their own.
        var words = 0;
        for (var k = a.First - 1; k >= 0 && words < 3; k--)
        {
            if (IsModelMark(index.Token(k)))
            {
                continue;
            }
            words++;
            if (index.IsRole(k, "forcenoun", true))
            {
                return true;
            }
            if (!index.Token(k).IsWord || index.IsRole(k, "prep"))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsModelMark(Token t) => t.Kind == TokenKind.Number || t.Norm is "-" or "–";
}
