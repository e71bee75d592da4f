using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// The members of a list a plural or dual cue word governs (s41b-lists): «محافظتي إدلب وحلب»,
/// «بمحافظات الأنبار وصلاح الدين ونينوى», «مدينتي الرمادي والفلوجة». The cue says what every
/// member is, not only the first: two governorates, not Idlib province and the city of Aleppo.
/// The quarter lists have their own reading (PlaceStage.QuarterList), since their members need the
/// quarter's rows; here the member's rows are its own and only the cue's kind is carried.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// Gives a name the kind of the list cue that governs it: the first member, right after the
    /// cue (also behind «ب», «ل» or «و», which a plural or dual cue does not keep as a lone cue word);
    /// a later one, after «و» or a comma right after the member before it, itself a member.
    /// </summary>
    private void ReadListMember(AnalyzedText text, Match m, Token? prev, Match? before)
    {
        if (m.CueKind is not null && !(prev is not null && ListCueKindOf(prev) is not null))
        {
            return;
        }
        if (prev is not null && ListCueKindOf(prev) is { } kind)
        {
            m.CueKind = kind;
            m.ListMember = true;
            m.ListFirst = m;
            m.VillageCue |= IsListVillageCue(prev);
            return;
        }
        if (before is not { ListMember: true } || before.CueKind is null)
        {
            return;
        }
        var tokens = text.Tokens;
        var t = tokens[m.First];
        var joined = before.End == m.First && m.CliticOnly && t.Norm[0] == 'و'
            || before.End == m.First - 1 && tokens[before.End].IsComma && tokens[before.End].Sentence == t.Sentence;
        if (!joined)
        {
            return;
        }
        m.CueKind = before.CueKind;
        m.ListMember = true;
        m.ListFirst = before.ListFirst;
        m.VillageCue |= before.VillageCue;
    }

    /// <summary>
    /// «محافظات كربلاء والنجف والبصرة والحلة والسماوة والناصرية»: a list under the governorate word
    /// with a member that names no governorate (al-Hilla, al-Samawa, al-Nasiriya are the seats, never
    /// the governorates' names) is a list of the towns the writer calls by the governorate word
    /// loosely; its later members are read as they would be bare, and only the first keeps the cue,
    /// as it did before lists were read.
    /// </summary>
    private void DropLooseGovernorateLists(List<Match> matches)
    {
        foreach (var m in matches)
        {
            if (m is not { ListMember: true, CueKind: "governorate" } || !ReferenceEquals(m.ListFirst, m))
            {
                continue;
            }
            var loose = false;
            foreach (var x in matches)
            {
                if (ReferenceEquals(x.ListFirst, m) && !Array.Exists(x.Rows, r => G.TypeOf(r) is "region" or "macroregion"))
                {
                    loose = true;
                    break;
                }
            }
            if (!loose)
            {
                continue;
            }
            foreach (var x in matches)
            {
                if (ReferenceEquals(x.ListFirst, m) && !ReferenceEquals(x, m))
                {
                    x.CueKind = null;
                    x.ListMember = false;
                }
            }
        }
    }

    /// <summary>The kind of a plural or dual cue of governorates or settlements (place_cues.tsv rows outside the span), bare or behind a one-letter clitic.</summary>
    private string? ListCueKindOf(Token word)
    {
        if (ListCue(word.Norm) is { } kind)
        {
            return kind;
        }
        var readings = word.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && r.Prefix is > 0 and <= 2 && !r.HasArticle && ListCue(r.Base) is { } behind)
            {
                return behind;
            }
        }
        return null;
    }

    // Only governorates: a list after «مدينتي», «بلدات» or «قرى» was measured and gave the keep model
    // villages where it had dropped a countryside, more wrong events than right (docs/events.md s41b-lists).
    private string? ListCue(string norm) =>
        !L.SpanCues.Contains(norm) && L.Cues.TryGetValue(norm, out var kind) && kind is "governorate" ? kind : null;

    private bool IsListVillageCue(Token word)
    {
        if (L.VillageCues.Contains(word.Norm))
        {
            return true;
        }
        foreach (var r in word.Segmentations)
        {
            if (r.Suffix == 0 && r.Prefix is > 0 and <= 2 && !r.HasArticle && L.VillageCues.Contains(r.Base))
            {
                return true;
            }
        }
        return false;
    }
}
