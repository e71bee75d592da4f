namespace Marsad.Extraction;

public sealed partial class EventStage
{
    /// <summary>
    /// «سيطر مقاتلون من جبهة النصرة … على قيادة اللواء 38 … وذلك بعد اشتباكات عنيفة», «سيطرت القوات النظامية
    /// على حي جوبر بعد معارك مع المقاتلين»: the fighting a capture came «after» in its own sentence is the
    /// taker's attack on the loser (annotation.md 6.3: actor1 the attacker). The clash noun names no side of
    /// its own there, so the choice takes whatever mention stands near it (a road's «دمشق», the loser named
    /// after «مع») or none. Run on the kept events, after the keep decision, like the bomb doers.
    /// </summary>
    private static void ApplyCaptureClashes(ArticleIndex index, List<EventCandidate> kept)
    {
        foreach (var e in kept)
        {
            if (e.Type != "ASSAULT" || e.First == 0 || !TypeRules.IsClashNoun(index, e) || !index.Words.IsWholeWord(index.Token(e.First - 1).Norm, "after"))
            {
                continue;
            }
            var sentence = index.SentenceOf(e.First).Index;
            EventCandidate? capture = null;
            foreach (var c in kept)
            {
                if (c.Type == "CAPTURE" && c.Modality == "asserted" && c.Actor1 is not null && c.First < e.First
                    && index.SentenceOf(c.First).Index == sentence && (capture is null || c.First > capture.First))
                {
                    capture = c;
                }
            }
            if (capture?.Actor1 is not { } taker || string.Equals(e.Actor1?.ActorId, taker.ActorId, StringComparison.Ordinal))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule after-capture «{index.Text.TextOf(e.First, e.End)}» {e.Actor1?.ActorId ?? "-"}/{e.Actor2?.ActorId ?? "-"} -> {taker.ActorId}");
            }
            var before = e.Actor1;
            SetDoer(index, e, taker);
            if (e.Actor2 is null || string.Equals(e.Actor2.ActorId, taker.ActorId, StringComparison.Ordinal))
            {
                e.Actor2 = capture.Actor2 ?? (before is not null && !string.Equals(before.ActorId, taker.ActorId, StringComparison.Ordinal) ? before : null);
            }
        }
    }
}
