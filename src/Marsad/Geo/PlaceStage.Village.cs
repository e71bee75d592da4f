using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>
    /// Beyond this from the town a village word's name is told beside, a namesake is another village.
    /// Not the quarter rule's 40 km: news tell a town by its governorate's seat («بلدة "خناصر" بمدينة
    /// حلب», «بلدة الطبقة بمدينة الرقة», 50 km), while the namesakes that misplaced villages lay 150–400 km off.
    /// </summary>
    private const double VillageFarKm = 80;

    /// <summary>The same after «ريف X» or a compass word («غربي مدينة السفيرة», «شمال أربيل»): a countryside or a bearing reaches further (Sidakan lies 90 km from Erbil).</summary>
    private const double VillageFarWideKm = 120;

    /// <summary>The town must follow the village within this many tokens, in its clause («قرية X قرب مدينة Y», «بلدة X في ريف Y»).</summary>
    private const int VillageTownGap = 6;

    /// <summary>
    /// «قرية البوغانم في مدينة الرمادي», «قرية الإمام في ريف مدينة الباب», «قرية الحليوات قرب طوز
    /// خورماتو»: a village word's name is told by the town right after it in its clause. When every
    /// row of the name lies far from that town (a Basra village for a Ramadi one, an Iraqi namesake
    /// for a village near al-Bab) the sources lack the village, and it is put at the town with region
    /// precision, as <see cref="PlaceQuarterInCity"/> does for a quarter. Not when the name is itself
    /// a town of weight (prior 2.5 or more), nor when the town comes before it or in another clause
    /// («قرى الحويز والحواش بسهل الغاب»; a list whose town is a quarter «وحيي اليرموك … في بعقوبة»).
    /// </summary>
    private void PlaceVillageNearTown(AnalyzedText text, List<Match> matches)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || !x.VillageCue || x.CueKind == "district" || x.Relative is not null || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative
                || Prior(x.Chosen) >= 2.5)
            {
                continue;
            }
            Match? town = null;
            var wide = false;
            for (var j = i + 1; j < matches.Count; j++)
            {
                var y = matches[j];
                if (y.First - x.End > VillageTownGap || ClauseBreak(tokens, x.End, y.First))
                {
                    break;
                }
                if (!y.Accepted || y.Chosen < 0 || y.Relative is not null || y.CountryRelative)
                {
                    continue;
                }
                var countryside = y.CueKind == "rural" && y.Phrase is not null && y.Bearing < 0;
                // A town's countryside, not a governorate's («بمنطقة الحولة في ريف محافظة حمص»: the governorate's centroid is no town).
                if (!countryside && (y.Phrase is not null || y.Bearing >= 0) || G.TypeOf(y.Chosen) != "locality" || Prior(y.Chosen) < 2.5)
                {
                    continue;
                }
                // The town is told as the village's setting («في», «قرب», «بمدينة», «لكركوك», «غربي»), not
                // as another word's («قرب بلدة صيدا على طريق دمشق-عمان»).
                var compass = AfterCompassWord(text, y);
                if (!countryside && !compass && !y.Preposition)
                {
                    continue;
                }
                town = y;
                wide = countryside || compass;
                break;
            }
            if (town is null)
            {
                continue;
            }
            PlaceAtWhenRowsFar(x, town.Chosen, wide ? VillageFarWideKm : VillageFarKm);
        }
    }

    /// <summary>
    /// «منطقة السجر» in a Fallujah report: the sources write the Anbar village only with its label
    /// («قرية السجر»), and the builder gives the bare name to a labelled row only when no other row
    /// claims it, so the bare name had only its Syrian namesake. After a village word, a name the
    /// choice put outside the article's country gets the labelled rows of that country that lie where
    /// the article is (<see cref="WithinArticle"/>) as namesakes, and the article's places choose
    /// again. A name already at home keeps its choice.
    /// </summary>
    private void ChooseLabelledVillageAtHome(AnalyzedText text, List<Match> matches, string? country, string? governorate, AnchorIndex anchors, SentencePlaces sentences)
    {
        if (country is null)
        {
            return;
        }
        foreach (var m in matches)
        {
            // A name over the threshold that the stray test turned away («قرى الحجاج» read at a Jordanian
            // namesake) is asked again too: the stray test judged the namesake, not the name.
            if (m.Score < Threshold || m.Chosen < 0 || !m.VillageCue || string.Equals(G[m.Chosen].Country, country, StringComparison.Ordinal))
            {
                continue;
            }
            var rows = m.Rows;
            foreach (var label in GazetteerBuilder.VillageLabelPrefixes)
            {
                foreach (var r in G.Find(label + m.Key))
                {
                    if (string.Equals(G[r].Country, country, StringComparison.Ordinal) && Array.IndexOf(rows, r) < 0 && WithinArticle(r, governorate, anchors))
                    {
                        rows = [.. rows, r];
                    }
                }
            }
            if (rows.Length > m.Rows.Length)
            {
                m.Rows = rows;
                m.Twins = null;
                m.Namesakes = null;
                m.Chosen = Choose(m, country, governorate, anchors, sentences, text);
                m.Accepted = !IsStray(m, country, anchors);
            }
        }
    }

    /// <summary>How near the article's anchors a labelled village of another governorate than the focus must lie to be the name.</summary>
    private const double LabelledNearKm = 30;

    /// <summary>
    /// A labelled village lies where the article is: in its focus governorate, or beside one of its
    /// anchors. A village «قرية بني سعد» of Salah ad-Din is no «ناحية بني سعد» of a Diyala report.
    /// </summary>
    private bool WithinArticle(int row, string? governorate, AnchorIndex anchors)
    {
        var e = G[row];
        return governorate is null && anchors.Count == 0
            || string.Equals(e.Admin1, governorate, StringComparison.Ordinal)
            || anchors.NearestKm(e.Lat, e.Lon, LabelledNearKm) <= LabelledNearKm;
    }

    /// <summary>A compass word right before the town or before its cue («غربي مدينة السفيرة», «شمال أربيل»).</summary>
    private bool AfterCompassWord(AnalyzedText text, Match y)
    {
        var prev = PreviousWord(text, y.First);
        if (prev is not null && L.Cues.ContainsKey(prev.Norm) && prev.Index > 0)
        {
            prev = PreviousWord(text, prev.Index);
        }
        return prev is not null && (L.DirectionNouns.ContainsKey(prev.Norm) || L.DirectionAdjectives.ContainsKey(prev.Norm));
    }
}
