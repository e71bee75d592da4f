namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s38b-accuse): one speaker's charges against two different parties, told in two sentences,
/// are two accusations (docs/annotation.md §8, ACCUSE: one statement is one event), not one told twice.
/// </summary>
public class AccusedApartMergeTests
{
    [Fact]
    public void A_speakers_charges_against_two_parties_in_two_sentences_are_two_accusations()
    {
        var events = Events.Of(
            "اتهم الرئيس السوري بشار الأسد الولايات المتحدة بدعم الإرهابيين.\n"
            + "ووجه الأسد انتقادات حادة إلى بريطانيا بشأن موقفها من الأزمة.");

        var accused = events.Where(e => e.Type == "ACCUSE").Select(e => e.Actor2?.Id).ToList();
        Assert.Contains("USA", accused);
        Assert.Contains("GBR", accused);
    }
}
