using Marsad.Text;

namespace Marsad.Extraction;

internal sealed partial class ModalityResolver
{
    /// <summary>How far back a verbal noun joined by «و» looks for the purpose its chain of conjuncts opens with.</summary>
    private const int AimChainReach = 10;

    /// <summary>
    /// «خططوا لإثارة الفتنة وإشاعة الفوضى وتفجير سبعة مساجد», «وصلت التعزيزات لإخلاء المواقع وتدمير الجسر»:
    /// verbal nouns joined by «و» after a purpose «لـ» are all governed by it, so the deed among them is an aim
    /// (annotation.md 6.2: a plan or goal is intended), though the first conjunct is no trigger and so no
    /// candidate whose modality <see cref="EventStage"/>'s coordination could pass on. The walk goes back from
    /// the joined verbal noun over the conjuncts' words, a quote or the comma right before it, to a word behind
    /// the clitic ل that is the verbal noun of a derived verb (<see cref="IsDerivedVerbalNoun"/>: the purpose
    /// heads the corpora show, «لإثارة», «لاقتحام», «لاستعادة», «لتحرير»), no head taking its complement with ل
    /// before it. It passes actors and places, and stops at any other trigger (its candidate carries the chain),
    /// a «أن» or a relative word (a clause of its own), and other punctuation.
    /// </summary>
    private static bool JoinedToAim(ArticleIndex index, EventCandidate e, TextUnit sentence)
    {
        var token = index.Token(e.First);
        if (e.Trigger.IsVerb || e.Reading.Prefix == 0 || token.Norm[..e.Reading.Prefix] is not ("و" or "وال"))
        {
            return false;
        }
        // Verbal nouns joined under one ل agree in form: «لإثارة الفتنة وتفجير المساجد» both in construct, «للسيطرة
        // على البلدة والتقدم نحو المدينة» both with the article; «لتأخير انهياره سوى الإجرام والقصف» joins the
        // shelling to «الإجرام», not to the aim.
        var definite = Definite(token, e.Reading);
        for (var j = e.First - 1; j >= sentence.First && j >= e.First - AimChainReach; j--)
        {
            var t = index.Token(j);
            if (t.Kind == TokenKind.Punctuation)
            {
                if (t.IsQuoteMark || (t.IsComma && j == e.First - 1))
                {
                    continue;
                }
                return false;
            }
            if (index.IsTrigger(j) || index.IsRole(j, "thatclause", true) || index.IsRole(j, "relative", true))
            {
                return false;
            }
            if (index.ActorAt(j) is not null || index.PlaceAt(j) is not null)
            {
                continue;
            }
            if (IsPurposeHead(index, j, definite))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A word read as the clitic ل on the verbal noun of a derived verb, with the article when <paramref name="definite"/>,
    /// and no head before it that takes ل.
    /// </summary>
    private static bool IsPurposeHead(ArticleIndex index, int j, bool definite)
    {
        var t = index.Token(j);
        // «الحصيلة الأولية لانهيار المبنى»: an adjective may stand between the head that takes ل and the ل.
        if (index.IsRole(j - 1, "lamhead", true) || (index.IsRole(j - 2, "lamhead", true) && index.Token(j - 1).IsWord && index.ActorAt(j - 1) is null))
        {
            return false;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Prefix > 0 && r.Prefix <= t.Norm.Length && r.Suffix == 0 && Definite(t, r) == definite && LamClitic.IsLam(t.Norm[..r.Prefix])
                && IsDerivedVerbalNoun(definite && r.Base.StartsWith("ال", StringComparison.Ordinal) ? r.Base[2..] : r.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a reading carries the article, as a clitic of its prefix («وال», «لل») or in its base.</summary>
    private static bool Definite(Token t, Segmentation r) =>
        r.HasArticle || t.Norm[..r.Prefix] is var p && (p.EndsWith("ال", StringComparison.Ordinal) || p.EndsWith("لل", StringComparison.Ordinal));

    /// <summary>
    /// The verbal-noun patterns of the derived verbs on a normalized stem (ة written ه, hamzas on alef folded):
    /// إفعال «اطلاق», إفالة «اثاره», افتعال «اقتحام», انفعال «انسحاب», استفعال «استهداف», استفالة «استعاده»,
    /// تفعيل «تفجير». Form I verbal nouns have no pattern of their own and are not read.
    /// </summary>
    internal static bool IsDerivedVerbalNoun(string w) => w.Length switch
    {
        5 => (w[0] == 'ا' && w[3] == 'ا') || (w[0] == 'ا' && w[2] == 'ا' && w[4] == 'ه') || (w[0] == 'ت' && w[3] == 'ي'),
        6 => w[0] == 'ا' && w[4] == 'ا' && (w[2] == 'ت' || w[1] == 'ن'),
        7 => w.StartsWith("است", StringComparison.Ordinal) && (w[5] == 'ا' || (w[4] == 'ا' && w[6] == 'ه')),
        _ => false,
    };
}
