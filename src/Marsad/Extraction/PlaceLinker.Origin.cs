namespace Marsad.Extraction;

/// <summary>The launch site or starting point of a shot, an advance or reinforcements: the phrase «من … باتجاه Y».</summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens between the «من» that opens a launch site or starting point and a place inside it, and between that place and the destination, at most.</summary>
    private const int OriginPhraseReach = 8;

    /// <summary>
    /// «أطلقت صاروخ سكود من منطقة القطيفة في ريف دمشق باتجاه مناطق الشمال», «صواريخ من منطقة تقع
    /// بالقرب من دمشق باتجاه مدينة حلب»: a place inside a phrase opened by «من» is where the shot,
    /// the advance or the reinforcements come from, though its own word is «في» or «قرب», when a
    /// place the movement goes to («باتجاه», «نحو», «إلى», «على») closes the phrase. The destination
    /// is where it happens (SPEC §1: for an attack, the place attacked; for MOBILIZE, where forces
    /// mass). Without a destination the phrase has no end, and «في» keeps its reading.
    /// </summary>
    private static bool InOriginPhrase(ArticleIndex index, Candidate c, List<Candidate> candidates)
    {
        if (c.IsReference || !OpensOriginBefore(index, c.Token))
        {
            return false;
        }
        foreach (var d in candidates)
        {
            if (d.Token >= c.Place.End && d.Token - c.Place.End <= OriginPhraseReach && !SamePlace(d.Place, c.Place)
                && RoleOf(index, d) is PlaceRole.Toward or PlaceRole.On && !StopBetween(index, c.Place.End, d.Token))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when an origin «من» (not «بالقرب من») stands at most <see cref="OriginPhraseReach"/>
    /// tokens before token <paramref name="first"/> in its sentence, and only the words of a site
    /// stand between: cues, prepositions, words of nearness, compass words, numbers, quotes, other
    /// place names and the fillers of place_origin_fillers.tsv («منطقة تقع بالقرب من», «اللواء 155
    /// في بلدة»). Any other word («بعد أيام من تحريك اسرائيل نظام … الى شمال البلاد») means the
    /// «من» governs something else.
    /// </summary>
    private static bool OpensOriginBefore(ArticleIndex index, int first)
    {
        var sentence = index.Token(first).Sentence;
        for (var k = first - 1; k >= Math.Max(0, first - OriginPhraseReach); k--)
        {
            var t = index.Token(k);
            if (t.Sentence != sentence || index.IsTrigger(k))
            {
                return false;
            }
            if (t.Kind == Text.TokenKind.Punctuation)
            {
                if (t.IsDoubleQuote)
                {
                    continue;
                }
                return false;
            }
            if (t.IsWord && PlaceGovernors.OpensOrigin(index.Text, k))
            {
                return true;
            }
            if (t.Kind == Text.TokenKind.Number || index.PlaceAt(k) is not null || SiteWord(t))
            {
                continue;
            }
            // «من منطقة القطيفة», «في بلدة الناصرين»: a name the gazetteer lacks, of one or two words, right after its cue.
            var cue = k - 1;
            while (cue >= k - 2 && cue >= 0 && index.Token(cue).IsWord && !IsCue(index.Token(cue)))
            {
                cue--;
            }
            if (cue < k - 2 || cue < 0 || !index.Token(cue).IsWord)
            {
                return false;
            }
            k = cue + 1;
        }
        return false;
    }

    private static bool IsCue(Text.Token t)
    {
        var cues = Geo.PlaceLexicon.Default.Cues;
        foreach (var s in t.Segmentations)
        {
            if ((s.IsWhole || s.Suffix == 0) && cues.ContainsKey(s.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word that may stand inside a launch site's phrase: a cue, a preposition, a compass or filler word, whole or behind «ب»/«و».</summary>
    private static bool SiteWord(Text.Token t)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        foreach (var s in t.Segmentations)
        {
            if (s.Suffix > 0 && !s.IsWhole)
            {
                continue;
            }
            if (lexicon.Cues.ContainsKey(s.Base) || lexicon.Prepositions.Contains(s.Base) || lexicon.DirectionNouns.ContainsKey(s.Base)
                || lexicon.OriginFillers.Contains(s.Base) || PlaceGovernors.IsNearness(s.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a mark that ends a phrase («.», «؛», «،») or a trigger stands in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool StopBetween(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = index.Token(k);
            if (index.IsTrigger(k) || (t.Kind == Text.TokenKind.Punctuation && t.Norm is "." or "؛" or ";" or "،" or ","))
            {
                return true;
            }
        }
        return false;
    }
}
