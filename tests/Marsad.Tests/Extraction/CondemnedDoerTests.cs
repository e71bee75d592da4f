using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A condemnation of a deed accuses the deed's doer, and nobody when the deed names none (docs/annotation.md 4.4 and §8).</summary>
public class CondemnedDoerTests
{
    [Fact]
    public void A_condemned_shelling_whose_nationality_stands_past_a_statement_phrase_accuses_that_state()
    {
        var accuse = Single("ودانت الجامعة العربية في بيان على موقعها الإلكتروني القصف التركي في شمال العراق.", "ACCUSE");
        AssertActors(accuse, "ARAB-LEAGUE", "TUR");
    }

    [Fact]
    public void The_country_where_condemned_bombings_took_place_is_not_the_accused()
    {
        var accuse = Single("أدانت الولايات المتحدة التفجيرات التي وقعت في العراق أمس.", "ACCUSE");
        AssertActors(accuse, "USA", null);
    }
}
