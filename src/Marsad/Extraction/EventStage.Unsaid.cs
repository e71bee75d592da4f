using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Words that tell no deed of the news though a trigger stands among them (docs/annotation.md 4.1, 4.4):
/// an accusation not made, the accused taken for the accuser, readiness, what is atoned for, a former time.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>
    /// Tokens from the word behind the readiness word's «ل» to the deed of that complement: the verbal noun, a
    /// preposition and a determiner before the deed («مستعدين للدخول في أي مواجهات»), no more.
    /// </summary>
    private const int ReadyComplement = 3;

    /// <summary>
    /// Tokens from a word of apology or compensation to the deed in its «عن» complement: the party apologised to, a
    /// day and «عن» may stand between («اعتذرت إسرائيل لتركيا الجمعة عن قتل»: verb, party, addressee, time, «عن»).
    /// </summary>
    private const int AmendsWindow = 7;

    /// <summary>
    /// Tokens from a noun of compensation to a deed in its genitive: itself, at most one noun of a construct chain
    /// and the deed («بتعويض ضحايا قصف»).
    /// </summary>
    private const int AmendsGenitive = 3;

    /// <summary>
    /// Tokens from an adverb of a former time or occasion to the deed after it: the adverb's own words («في زيارته
    /// السابقة»), a place of that occasion («إلى طهران») and the verb.
    /// </summary>
    private const int FormerlyBefore = 6;

    /// <summary>
    /// Tokens from the end of a deed to the adverb of a former time after it: the adverb follows the verb and its
    /// subject («انسحب مقاتلو المعارضة في السابق»: two words of subject, two of the adverb).
    /// </summary>
    private const int FormerlyAfter = 4;

    /// <summary>
    /// «لم يتهم الاتحاد الوطني الكردستاني أية جهة», «لم تستنكر هذه الجرائم», «نفى … الاتهامات بأن تركيا تساعد»: an
    /// accusation is a statement, and one not made is no statement; an accusation denied is the denial of the deed it
    /// charges (that deed, negated), not of an accusation. Train and dev gold code 152 ACCUSE events, none negated;
    /// the pool's 11 negated ones are either no accusation or an accusation a negation of another clause reached.
    /// </summary>
    private static bool IsUnmadeAccusation(EventCandidate e) => e.Type == "ACCUSE" && e.Modality == "negated";

    /// <summary>
    /// «واتهم الجانبان بتنفيذ عمليات إعدام ميدانية», «اتهم "مجاهدو خلق" بتنفيذها»: a plain verb of accusing whose charge
    /// stands after one phrase only (one word, or one actor's words), with no doer found, is passive or names only the
    /// accused: no accuser, no statement to code (annotation.md 4.4: an accusation is coded by who makes it; train and
    /// dev gold code 153 ACCUSE events, every one with its accuser). An active accusation has two phrases there, the
    /// accuser and the accused, even of one word each («اتهم نتنياهو حماس بإطلاق»), and is left to the doer.
    /// </summary>
    private static bool IsAccuserless(ArticleIndex index, EventCandidate e, (PhraseMatch<string> Verb, int Charge) charged)
    {
        if (e.Actor1 is not null)
        {
            return false;
        }
        var (verb, charge) = charged;
        var words = 0;
        ActorHit? phrase = null;
        var outside = false;
        for (var k = verb.End; k < charge; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            words++;
            phrase ??= index.ActorAt(k);
            outside |= phrase is null || k < phrase.First || k >= phrase.End;
        }
        return words <= 1 || !outside;
    }

    /// <summary>
    /// «واتهم الجانبان بتنفيذ عمليات إعدام», «واتهمت الجماعة جبهة النصرة بخطف زعيمها», «تحمل الحكومة السورية مسؤوليتها»:
    /// the party that stands right before the charge of a verb of accusing («بتنفيذ», «مسؤولية») is the accused, whether
    /// the accuser stands before it, before the verb, is the speaker of a sentence before or is unsaid (a passive,
    /// unvocalised alike). An accusation whose accuser is that party reads the text backwards.
    /// </summary>
    private static bool IsAccusedAsAccuser(ArticleIndex index, EventCandidate e, (PhraseMatch<string> Verb, int Charge) charged)
    {
        if (e.Actor1 is not { } accuser)
        {
            return false;
        }
        var (verb, charge) = charged;
        var before = WordBefore(index, charge - 1, verb.End);
        // «كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن مصلحتهما واحدة»: the accused may be a list joined by «و»,
        // and every member of it is accused; the first member, right after the verb, is the object of a verb whose
        // subject is dropped (the speaker) or stands before it, not its subject. A list without «و» on its later
        // member is two noun phrases, subject and object («اتهمت تركيا سوريا بمهاجمة»), and ends the walk.
        while (before >= verb.End && index.ActorAt(before) is { } accused)
        {
            if (accused.First == accuser.First)
            {
                return true;
            }
            if (!accused.Clitics.StartsWith('و'))
            {
                return false;
            }
            before = WordBefore(index, accused.First - 1, verb.End);
        }
        return false;
    }

    /// <summary>
    /// A charge in «ب» («بقصف»), or what is charged as a clause in «بأن» («بان مصلحتهما واحدة»); unvocalised «بان» is also
    /// the first name of «بان كي مون», which is no clause.
    /// </summary>
    internal static bool IsChargeOrContent(ArticleIndex index, int k) =>
        IsCharge(index, k) || (BlameWords.Is(index.Text, k, "content") && !StatementRoles.IsHolderNameAt(index, k));

    /// <summary>The last word token at or before <paramref name="k"/>, not before <paramref name="floor"/> (floor - 1 when none).</summary>
    private static int WordBefore(ArticleIndex index, int k, int floor)
    {
        while (k >= floor && !index.Token(k).IsWord)
        {
            k--;
        }
        return k;
    }

    /// <summary>
    /// The accusation verb the candidate stands on and the first charge after it in its sentence (a noun of
    /// responsibility, or a charge word or trigger in «ب»); null for a verb carrying its object pronoun («يحمله الاتحاد
    /// الأوروبي المسؤولية», «تتهمها»: the subject follows it) and for a responsibility whose party follows it after
    /// «على» («ويحمل النظام السوري مسؤوليته على جماعات إرهابية»: the party before it is the accuser).
    /// </summary>
    private static (PhraseMatch<string> Verb, int Charge)? ChargeAfter(ArticleIndex index, EventCandidate e)
    {
        if (ActorRoleWords.At(index.Text, e.First, "accuse", true) is not { } verb
            || !index.Token(verb.First).Segmentations.Any(r => r.Suffix == 0 && ActorRoleWords.IsWholeWord(r.Base, "accuse")))
        {
            return null;
        }
        var sentence = index.SentenceOf(verb.First);
        var end = Math.Min(sentence.End, verb.End + BlameReach);
        for (var k = verb.End; k < end; k++)
        {
            if (index.ActorAt(k) is not null)
            {
                continue;
            }
            // «اتهمه بأن …»: what he is accused of may be a clause in «بأن» as well as a verbal noun in «ب»; unvocalised
            // «بان» is also the first name of «بان كي مون», which is no clause.
            if (IsBlameNoun(index.Token(k).Norm) || IsChargeOrContent(index, k))
            {
                // Only a noun of responsibility names its party behind «على»; a charge's «على» is its object («بالاعتداء على»).
                return IsBlameNoun(index.Token(k).Norm) && k + 1 < end && index.IsRole(k + 1, "blamedafter") ? null : (verb, k);
            }
        }
        return null;
    }

    /// <summary>
    /// «بدوا مستعدين للدخول في أي مواجهات مع الشرطة», «سيارة مفخخة جاهزة للتفجير»: what a party or a thing stands ready
    /// for has not happened (event_words.tsv role ready). Only the readiness word's own «ل» complement is: the word
    /// right after it carries «ل», and the deed is that word or follows it in the same clause, with no word opening a
    /// clause or a time of its own between («مستعدة للتدخل بعد أن هاجم مسلحون» tells the attack).
    /// </summary>
    private static bool IsReadyFor(ArticleIndex index, EventCandidate e)
    {
        var clause = index.Token(e.First).Clause;
        for (var k = e.First; k >= Math.Max(1, e.First - ReadyComplement); k--)
        {
            if (k < e.First && (index.Token(k).Clause != clause || !index.Token(k).IsWord || IsClauseOpener(index, k)))
            {
                return false;
            }
            if (index.IsRole(k - 1, "ready", true) && index.Token(k - 1).Clause == clause)
            {
                return LamClitic.Carries(index.Token(k));
            }
        }
        return false;
    }

    /// <summary>A word that opens a deed of its own or a time of its own («بعد أن», «حين», «أن»): a deed past it is not the word's complement.</summary>
    private static bool IsClauseOpener(ArticleIndex index, int k) =>
        index.IsRole(k, "background", true) || index.IsRole(k, "ownclause", true) || index.IsRole(k, "thatclause", true);

    /// <summary>
    /// «إسرائيل اعتذرت عن مقتل الأتراك في سفينة فك الحصار عن غزة», «طالب حكومة بغداد بتعويض ضحايا قصف حلبجة»: a deed
    /// in the «عن» complement of an apology (event_words.tsv role amendsof), or in the genitive of a compensation, is
    /// what is atoned for, named as the statement's object, not told as news (role amends); the deed, if recent, is
    /// told elsewhere. The genitive is a construct chain: nouns only between, no preposition and no word of time
    /// («بتعويض بعد قصف الطيران» tells the strike).
    /// </summary>
    private static bool IsAtonedFor(ArticleIndex index, EventCandidate e)
    {
        var clause = index.Token(e.First).Clause;
        var through = false;
        var chain = true;
        for (var k = e.First - 1; k >= Math.Max(0, e.First - AmendsWindow); k--)
        {
            var t = index.Token(k);
            if (t.Clause != clause)
            {
                return false;
            }
            if (index.IsRole(k, "amends", true))
            {
                return through || (chain && e.First - k <= AmendsGenitive);
            }
            through |= index.IsRole(k, "amendsof");
            chain &= t.IsWord && !index.IsRole(k, "prep", true) && !index.IsRole(k, "cause", true) && !IsClauseOpener(index, k);
        }
        return false;
    }

    /// <summary>
    /// «انسحب مقاتلو المعارضة في السابق من القصير», «استولوا في السابق على مصنع», «في زيارته السابقة إلى طهران أدان»:
    /// a deed its clause puts in a former time or at a former occasion is history (annotation.md 4.1; event_words.tsv
    /// role formerly). «في وقت سابق» (earlier the same day) is not such an adverb.
    /// </summary>
    private static bool IsFormerly(ArticleIndex index, EventCandidate e)
    {
        var clause = index.Token(e.First).Clause;
        for (var k = Math.Max(0, e.First - FormerlyBefore); k < Math.Min(index.Count, e.End + FormerlyAfter); k++)
        {
            if (index.Token(k).Clause == clause && (k < e.First || k >= e.End) && (index.IsRole(k, "formerly", true) || IsFormerOccasion(index, k, e)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «في زيارته السابقة», «في جولتها السابقة», «في المرة السابقة»: a noun of an occasion (role formeroccasion, with any
    /// clitic) and the adjective «السابق/السابقة» right after it (role formeradj), both outside the deed.
    /// </summary>
    private static bool IsFormerOccasion(ArticleIndex index, int k, EventCandidate e) =>
        (k + 1 < e.First || k >= e.End) && index.IsRole(k, "formeroccasion", true) && index.IsRole(k + 1, "formeradj");
}
