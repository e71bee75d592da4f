using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A present verb of accusing right after an indefinite document noun is the noun's descriptive clause: the
/// document's issuer speaks, and the words between the noun and the verb (its adjective, its addressee) never do.
/// </summary>
public class DocumentClauseTests
{
    [Fact]
    public void A_group_that_issues_a_statement_condemning_raids_is_the_accuser_not_the_statement_adjective()
    {
        var accuse = Single("أصدرت جماعة الإخوان المسلمين في مصر بيانا صحفيا تدين فيه الغارات الإسرائيلية على دمشق.", "ACCUSE");
        Assert.Equal("MB", accuse.Actor1?.Id);
    }

    [Fact]
    public void The_addressee_of_a_letter_whose_verb_takes_him_back_is_the_accused_and_the_sender_accuses()
    {
        var accuse = Single("ووجه رئيس الائتلاف الوطني السوري رسالة إلى الحكومة التركية يحملها فيها المسؤولية عن إغلاق المعبر أمام اللاجئين.", "ACCUSE");
        AssertActors(accuse, "SYR-OPP", "TUR");
    }
}
