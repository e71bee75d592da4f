using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of blaming takes its noun of responsibility after both its subject and the blamed party, and each may be
/// named in full (a title, a name, a nisba), so the noun may stand twelve words after the verb.
/// </summary>
public class BlameNounReachTests
{
    [Fact]
    public void A_minister_named_in_full_who_holds_a_regime_named_in_full_responsible_accuses_it()
    {
        var accuse = Single("وحمّل وزير الخارجية التركي أحمد داود أوغلو نظام الرئيس السوري بشار الأسد المسؤولية عن تدهور الأوضاع الإنسانية في البلاد.", "ACCUSE");
        Assert.Equal("TUR", accuse.Actor1?.Id);
        Assert.NotNull(accuse.Actor2);
    }

    [Fact]
    public void The_un_secretary_general_named_in_full_who_holds_a_government_responsible_accuses_it()
    {
        var accuse = Single("وحمّل الأمين العام للأمم المتحدة بان كي مون الحكومة السورية مسؤولية معاناة المدنيين في البلدة.", "ACCUSE");
        Assert.Equal("UN", accuse.Actor1?.Id);
    }
}
