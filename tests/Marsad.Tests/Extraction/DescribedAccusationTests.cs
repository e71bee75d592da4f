using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Accusations told by description under a verb of saying: crimes a party is said to commit, a party said to be the one responsible.</summary>
public class DescribedAccusationTests
{
    [Fact]
    public void Crimes_said_to_be_committed_are_an_accusation_by_the_speaker_of_the_saying_verb()
    {
        var accuse = Single("وقال الائتلاف الوطني السوري إن قوات النظام ارتكبت جرائم حرب في مدينة حمص.", "ACCUSE");
        AssertActors(accuse, "SYR-OPP", "SYR-MIL");
    }

    [Fact]
    public void The_regime_said_to_commit_the_violations_of_a_relative_clause_is_the_government_accused()
    {
        var accuse = Single("واعتبر المجلس الوطني السوري أن الانتهاكات التي يرتكبها النظام السوري ترقى إلى جرائم ضد الإنسانية.", "ACCUSE");
        AssertActors(accuse, "SYR-OPP", "SYR-GOV");
    }

    [Fact]
    public void Crimes_told_as_news_without_a_verb_of_saying_are_no_accusation()
    {
        Assert.DoesNotContain(Of("وارتكبت قوات النظام جرائم بحق المدنيين في الغوطة."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Crimes_told_after_a_preposition_of_reporting_have_no_verb_of_saying_and_are_no_accusation()
    {
        Assert.DoesNotContain(Of("وبحسب الائتلاف الوطني السوري فإن قوات النظام ارتكبت جرائم حرب في مدينة حمص."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_denial_of_crimes_is_no_accusation()
    {
        Assert.DoesNotContain(Of("وقال الجيش السوري إن المسلحين لم يرتكبوا أي جرائم في المدينة."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Crimes_reported_with_no_named_speaker_are_no_accusation()
    {
        Assert.DoesNotContain(Of("وقال التقرير إن قوات النظام ارتكبت جرائم حرب."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void The_party_said_to_be_the_one_responsible_is_accused_by_the_speaker()
    {
        var accuse = Single("وقال وزير الخارجية السعودي سعود الفيصل إن إيران هي المسؤولة عن الهجوم.", "ACCUSE");
        AssertActors(accuse, "SAU", "IRN");
    }

    [Fact]
    public void An_official_in_charge_of_an_office_is_no_accusation()
    {
        Assert.DoesNotContain(Of("وقال وزير الخارجية السعودي إن الأمير هو مسؤول عن ملف المساعدات."), e => e.Type == "ACCUSE");
    }
}
