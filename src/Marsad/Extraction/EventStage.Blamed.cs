using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «حملت الحكومة التركية مسلحي التنظيم مسؤولية التفجير», «اتهمت الشرطة حزب العمال بتنفيذ الهجوم»:
/// blame that names a specific group makes it actor1 of the attack (docs/annotation.md 4.5: «اتهمت
/// أنقرة داعش بالتفجير» → actor1 ISIL, with an ACCUSE TUR → ISIL as well). The choice took the
/// accuser (the state the attack struck, the subject of the sentence) or nobody.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a verb of blaming within which the blamed party and the deed must stand.</summary>
    private const int BlameReach = 12;

    /// <summary>Tokens after the blame noun or the «ب» of the charge within which the attack it names stands.</summary>
    private const int BlamedDeedReach = 6;

    /// <summary>Sentences before the blame whose doerless attacks it may name.</summary>
    private const int BlameSentencesBack = 2;

    private static WordRoles ActorRoleWords => WordRoles.ActorRoles;

    /// <summary>The charge and back-reference words (blame_words.tsv).</summary>
    private static readonly WordRoles BlameWords = new(TsvTable.LoadEmbedded("blame_words"));

    private static void ApplyBlame(ArticleIndex index, List<EventCandidate> events)
    {
        var text = index.Text;
        for (var i = 0; i < index.Count; i++)
        {
            if (ActorRoleWords.At(text, i, "accuse", true) is not { } verb || IsNegatedClaim(index, verb.First, claim: false))
            {
                continue;
            }
            if (BlamedBy(index, verb) is not { } blame)
            {
                continue;
            }
            BlameDeeds(index, events, blame, verb.First, "blamed");
            i = Math.Max(i, verb.End - 1);
        }
    }

    /// <summary>Makes the blamed party the doer of each lethal attack the blame names, or takes back, that is open to it (<see cref="OpenToBlame"/>).</summary>
    private static void BlameDeeds(ArticleIndex index, List<EventCandidate> events, Blame blame, int verbFirst, string rule)
    {
        var text = index.Text;
        var (blamed, accuser, deedFirst, deedEnd, backward) = blame;
        var sentence = text.Tokens[verbFirst].Sentence;
        foreach (var e in events)
        {
            if (!EventTypes.IsLethalViolence(e.Type))
            {
                continue;
            }
            var named = e.First >= deedFirst && e.First < deedEnd;
            // «اتهمت الحكومة بعد التفجير تنظيم داعش بالوقوف وراءه»: the deed taken back may stand before the charge in the blame's own sentence too.
            var recalled = backward && e.First < deedFirst && text.Tokens[e.First].Sentence >= sentence - BlameSentencesBack;
            if (!(named || recalled) || !OpenToBlame(e, blamed, accuser))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule {rule} «{text.TextOf(e.First, e.End)}» {e.Actor1?.ActorId ?? "-"} -> {blamed.ActorId}");
            }
            SetDoer(index, e, blamed);
        }
    }

    /// <summary>
    /// «ولم تعلن أي جهة مسؤوليتها عن الهجمات», «لم تتبن أي جهة التفجير»: the article says no one is
    /// known to have done the attacks it tells there, so a doer the choice took from outside the
    /// attack's own clause (the army of the next sentence, the state the bombs struck) is no doer
    /// (docs/annotation.md 6.3 and 8: an attack with no attacker words at all keeps actor1 null). A doer
    /// named in the attack's clause («فجر مسلحون سيارة») and an unnamed attacker stay; a country's name
    /// there is what the attacks struck («هجمات وتفجيرات هزت العراق»), not who did them.
    /// </summary>
    private static void ApplyAbsentClaims(ArticleIndex index, List<EventCandidate> events)
    {
        var text = index.Text;
        for (var i = 0; i < index.Count; i++)
        {
            if (index.Role(i, "claim", true) is not { } claim || !IsNegatedClaim(index, claim.First))
            {
                continue;
            }
            // An armed organisation named as doer came from a claim or the article's telling
            // («أعلن تنظيم القاعدة مسؤوليته عن هجمات الأحد. لكن لم تعلن أي جماعة مسؤوليتها عن هجمات
            // الاثنين»); the state, its forces and bodies are what the choice takes from a teller or a target.
            // «قاد متشددون مسلحون سيارتين … ولم تعلن أي جماعة مسؤوليتها»: unnamed attackers of its sentence
            // stay its doer, but not those told after the claim's negation («… لكن مسلحين سنة صعدوا من
            // هجماتهم»: vague blame, null by docs/annotation.md 4.5).
            ClearDoersTold(index, events, text.Tokens[i].Sentence, claim.First, "unclaimed",
                static e => (e.Actor1IsLocal && e.Actor1!.Entry?.Class != "state") || e.Actor1!.Entry?.Class is null or "org");
            i = Math.Max(i, claim.End - 1);
        }
    }

    /// <summary>
    /// Clears the doer of each lethal attack told in <paramref name="sentence"/>, the statement's, or the
    /// <see cref="BlameSentencesBack"/> before it, that the statement says no party did (an absent claim, a doer said to be
    /// unknown), unless <paramref name="stays"/> holds the doer it has. An unnamed attacker told before the statement in the
    /// attack's own sentence (before <paramref name="statement"/>) stays its doer; an unnamed doer is cleared only when it
    /// is told after the statement in the statement's sentence (<see cref="ToldAfter"/>).
    /// </summary>
    private static void ClearDoersTold(ArticleIndex index, List<EventCandidate> events, int sentence, int statement, string rule, Func<EventCandidate, bool> stays)
    {
        var text = index.Text;
        foreach (var e in events)
        {
            var at = text.Tokens[e.First].Sentence;
            if (!EventTypes.IsLethalViolence(e.Type) || e.Actor1 is null || at > sentence || at < sentence - BlameSentencesBack
                || (string.Equals(e.Actor1.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal) ? !ToldAfter(index, e.Actor1, sentence, statement) : stays(e)))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule {rule} «{text.TextOf(e.First, e.End)}» {e.Actor1.ActorId} -> -");
            }
            SetDoer(index, e, null);
            if (UnnamedIn(index, e) is { } unnamed && unnamed.First < statement)
            {
                UnnamedAttacker(index, e);
            }
        }
    }

    /// <summary>
    /// «ولم تعلن أي جهة مسؤوليتها عن التفجيرات لكن مسلحين سنة صعدوا من هجماتهم»: unnamed men told after the statement in
    /// its own sentence are the background it turns to (vague blame, docs/annotation.md 4.5), not the doers of the deeds it
    /// says no one claimed; an unnamed doer the attack's telling names before the statement stays.
    /// </summary>
    private static bool ToldAfter(ArticleIndex index, ActorHit doer, int sentence, int statement) =>
        doer.First > statement && index.Text.Tokens[doer.First].Sentence == sentence;

    /// <summary>
    /// A doer the blame may replace: none, an unnamed one (a specific group names who they were, as
    /// a claim does), or the accuser itself, which the choice takes as the sentence's subject. A third
    /// party the article names as doer stays (a blame does not overrule the article's own telling).
    /// </summary>
    private static bool OpenToBlame(EventCandidate e, ActorHit blamed, ActorHit? accuser) =>
        e.Actor1 is null
        || (string.Equals(e.Actor1.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal)
            && !string.Equals(blamed.ActorId, ActorLexicon.UnidentifiedArmed, StringComparison.Ordinal))
        // A state and its government and forces are one side («اتهم الرئيس السوري إسرائيل»: SYR-GOV blames, the choice took SYR-MIL).
        || (accuser is not null && string.Equals(ActorLexicon.StateOf(e.Actor1.ActorId), ActorLexicon.StateOf(accuser.ActorId), StringComparison.Ordinal)
            && !string.Equals(ActorLexicon.StateOf(accuser.ActorId), ActorLexicon.StateOf(blamed.ActorId), StringComparison.Ordinal));

    /// <summary>The last actor of the sentence that ends before the verb, a nisba aside: the blaming verb's subject.</summary>
    private static ActorHit? SubjectBefore(ArticleIndex index, int verbFirst, int sentenceFirst)
    {
        var actors = index.Actors;
        for (var a = index.FirstActorFrom(verbFirst) - 1; a >= 0 && actors[a].First >= sentenceFirst; a--)
        {
            if (actors[a].End <= verbFirst && !actors[a].IsNisba)
            {
                return actors[a];
            }
        }
        return null;
    }

    /// <summary>What one verb of blaming says: who is blamed, who blames, where the deed it names stands, and whether it takes back an attack told before (a pronoun on the blame noun, «بذلك»).</summary>
    private readonly record struct Blame(ActorHit Blamed, ActorHit? Accuser, int DeedFirst, int DeedEnd, bool Backward);

    /// <summary>
    /// The party blamed is the last actor after the verb and before the charge (the blame noun
    /// «مسؤولية», or the first word carrying «ب»): had two parties stood there, the first is the
    /// subject, the second the object. It must be an armed group or a state (vague blame, «جهات»,
    /// names no doer). The charge must name an attack (a violent trigger within a few words) or take
    /// one back by a pronoun («مسؤوليته», «بذلك»); «اتهمها بعرقلة الحوار» names none.
    /// </summary>
    private static Blame? BlamedBy(ArticleIndex index, PhraseMatch<string> verb)
    {
        var text = index.Text;
        var sentence = index.SentenceOf(verb.First);
        var end = Math.Min(sentence.End, verb.End + BlameReach);
        var charge = -1;
        for (var k = verb.End; k < end; k++)
        {
            var t = index.Token(k);
            if (index.ActorAt(k) is not null)
            {
                continue;
            }
            if (IsBlameNoun(t.Norm) || IsCharge(index, k))
            {
                charge = k;
                break;
            }
        }
        if (charge < 0)
        {
            return null;
        }
        ActorHit? blamed = null, first = null;
        var count = 0;
        for (var a = index.FirstActorFrom(verb.End); a < index.Actors.Count && index.Actors[a].End <= charge; a++)
        {
            var hit = index.Actors[a];
            if (hit.IsNisba)
            {
                continue;
            }
            first ??= hit;
            blamed = hit;
            count++;
        }
        if (blamed is null || !ActorLinker.CanBeNamedDoer(index, blamed) || index.IsPrepositionBefore(blamed) || IsVagueTie(index, blamed))
        {
            return null;
        }
        var accuser = count > 1 ? first : SubjectBefore(index, verb.First, sentence.First);
        var chargeWord = index.Token(charge).Norm;
        var backward = IsBlameNoun(chargeWord)
            && ((chargeWord.EndsWith('ه') && !chargeWord.EndsWith("يه", StringComparison.Ordinal)) || chargeWord.EndsWith("ها", StringComparison.Ordinal));
        var deedEnd = Math.Min(sentence.End, charge + BlamedDeedReach);
        var names = false;
        for (var k = charge; k < deedEnd; k++)
        {
            backward |= BlameWords.Is(index.Text, k, "backref");
            names |= index.IsTrigger(k);
        }
        return names || backward ? new Blame(blamed, accuser, charge, deedEnd, backward) : null;
    }

    /// <summary>
    /// «بتنفيذ», «بالوقوف», «بقتل»: a word in «ب» that is a charge word (blame_words.tsv role charge) or a
    /// trigger. Any word in «ب» would let «بعد», «بين» or «بغداد» end the scan before the blamed party,
    /// and the accuser standing before it would be taken as the doer.
    /// </summary>
    internal static bool IsCharge(ArticleIndex index, int k)
    {
        var t = index.Token(k);
        return t.IsWord && t.Norm.Length > 2 && t.Norm[0] == 'ب' && (index.IsTrigger(k) || BlameWords.Is(index.Text, k, "charge", true));
    }

    /// <summary>«مسؤولية», «مسؤوليته», «المسئولية»: the noun of responsibility with or without its pronoun (its letters: word_parts.tsv role responsibility).</summary>
    private static bool IsBlameNoun(string norm) => WordParts.Holds(norm, "responsibility");
}
