using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The attacker of a clash at a place another event of its sentence says one side besieges or aims to take.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// «اشتباكات عنيفة في مدينة داريا التي تحاول القوات النظامية منذ فترة فرض سيطرتها الكاملة عليها», «اشتباكات في … دمشق بين
    /// المقاتلين المعارضين والقوات النظامية التي تحاول فرض سيطرتها», «الثوار ما زالوا يحاصرون مدينة الرقة … اشتباكات»: a clash
    /// at a place where a kept event of the same sentence, or the one before or after, has an armed side named in its own
    /// clause besieging it (BLOCKADE asserted, told by a verb) or aiming to take it (CAPTURE intended) is that side's
    /// attack (a besieger carried from elsewhere is the choice's guess: «ومعلومات عن محاصرة حاجز العلان»); the besieger
    /// or attacker is actor1 and the side the clash had becomes actor2 (docs/annotation.md 6.3 and its rule on clashes:
    /// «the attacker or besieger as actor1, else the side named first»; hand-read B26). The clash word names no attacker
    /// of its own: the doer the choice gave it is the first side named or one carried from the paragraph. Run on the kept
    /// events, after the keep decision, like the capture clashes.
    /// </summary>
    private static void ApplyBesiegers(ArticleIndex index, List<EventCandidate> kept, List<EventCandidate>? standing)
    {
        // «داريا التي تحاول القوات النظامية منذ فترة فرض سيطرتها»: a hold gated as standing is no event, yet still the aim.
        IEnumerable<EventCandidate> aims = standing is null ? kept : kept.Concat(standing);
        foreach (var e in kept)
        {
            if (e.Type != "ASSAULT" || e.Modality != "asserted" || !TypeRules.IsClashWord(index, e) || e.Place?.Mention.GazetteerId is not { } placeId)
            {
                continue;
            }
            var sentence = index.SentenceOf(e.First).Index;
            EventCandidate? aim = null;
            foreach (var c in aims)
            {
                if (!ReferenceEquals(c, e) && IsAim(c) && c.Actor1 is { IsArmed: true } && c.Actor1IsLocal && string.Equals(c.Place?.Mention.GazetteerId, placeId, StringComparison.Ordinal)
                    && Math.Abs(index.SentenceOf(c.First).Index - sentence) <= 1
                    && (aim is null || Math.Abs(c.First - e.First) < Math.Abs(aim.First - e.First)))
                {
                    aim = c;
                }
            }
            if (aim?.Actor1 is not { } attacker || SameSide(attacker.ActorId, e.Actor1?.ActorId ?? ""))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule besieger «{index.Text.TextOf(e.First, e.End)}» {e.Actor1?.ActorId ?? "-"}/{e.Actor2?.ActorId ?? "-"} -> {attacker.ActorId} from «{index.Text.TextOf(aim.First, aim.End)}»");
            }
            var before = e.Actor1;
            SetDoer(index, e, attacker);
            if (before is not null && !SameSide(before.ActorId, attacker.ActorId))
            {
                e.Actor2 = before;
            }
        }

        // A verb of besieging has its besieger for subject («الثوار ما زالوا يحاصرون مدينة الرقة»); a siege noun
        // («تشديد الحصار عليها», «معلومات عن محاصرة حاجز العلان») takes whatever side the choice finds near it. An
        // intended battle («يعطيان الأولوية للمعركة») is no aim at the place.
        static bool IsAim(EventCandidate c) =>
            (c.Type == "BLOCKADE" && c.Modality == "asserted" && c.Trigger.IsVerb) || (c.Type == "CAPTURE" && c.Modality == "intended");
    }
}
