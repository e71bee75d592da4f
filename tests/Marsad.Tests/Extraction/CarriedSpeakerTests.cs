using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of saying or a joined verb of accusing that opens its sentence with no subject («وأضاف», «واتهم
/// واشنطن بـ») goes on the speaker of the sentence before, never the party the sentence speaks of
/// (docs/events.md, s26b-speaker); «we» of a quotation («ندين», «نحمّل») is its speaker. A sentence-opening «كما»
/// joins as «و» does, and a quotation's sentences name no new speaker (s33b-speaker).
/// </summary>
public class CarriedSpeakerTests
{
    [Fact]
    public void An_accusing_participle_after_a_subjectless_added_is_spoken_by_the_speaker_of_the_sentence_before()
    {
        var events = Of("قال وزير الخارجية الفرنسي لوران فابيوس أمس إن بلاده تتابع الوضع في حلب عن كثب. "
            + "وأضاف أن قصف الأحياء السكنية يجب أن يتوقف، متهما النظام السوري بارتكاب جرائم حرب.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal("FRA", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_joined_accusation_opening_its_sentence_is_spoken_by_the_speaker_of_the_sentence_before()
    {
        // The kept event merges into the condemnation of the same speaker: the candidate shows what the roles read.
        var accuse = Assert.Single(Candidates("وندد وزير الخارجية الروسي سيرغي لافروف أمس بالهجوم على السفارة في دمشق. "
            + "واتهم واشنطن بتشجيع المسلحين على العنف."), e => e.Evidence.Text.Contains("واتهم", StringComparison.Ordinal));
        AssertActors(accuse, "RUS", "USA");
    }

    [Fact]
    public void A_chain_of_subjectless_sentences_goes_back_to_the_named_speaker()
    {
        var accuse = Assert.Single(Candidates("قال وزير الخارجية الفرنسي لوران فابيوس أمس إن بلاده تتابع الوضع في حلب عن كثب. "
            + "وأضاف أن الحل السياسي ما زال ممكنا. "
            + "وأكد أن قصف الأحياء السكنية يجب أن يتوقف، متهما النظام السوري بارتكاب جرائم حرب."));
        Assert.Equal("FRA", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_party_after_an_opening_condemnation_with_a_manner_phrase_is_its_own_speaker_not_the_one_before()
    {
        var accuse = Assert.Single(Candidates("قال وزير الخارجية البريطاني وليام هيغ أمس إن بلاده تتابع التحقيق في دمشق. "
            + "وأدان مجلس الأمن بأشد العبارات الهجوم الإرهابي على المسجد."));
        Assert.Equal("UN", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_first_person_accusation_in_a_quotation_is_spoken_by_the_subject_of_the_verb_of_saying()
    {
        var accuse = Assert.Single(Candidates("وقال وزير الخارجية التركي أحمد داود أوغلو للصحفيين في أنقرة: \"إننا نحمل القيادة الروسية المسؤولية عن قصف المدنيين\"."));
        AssertActors(accuse, "TUR", "RUS");
    }

    [Fact]
    public void A_first_person_condemnation_after_a_subjectless_added_goes_back_to_the_named_speaker()
    {
        var accuse = Assert.Single(Candidates("قال وزير الخارجية القطري خالد العطية أمس إن بلاده تتابع ما يجري في سوريا. "
            + "وأضاف \"ندين بشدة الغارات الإسرائيلية على ريف دمشق\"."));
        AssertActors(accuse, "QAT", "ISR");
    }

    [Fact]
    public void A_verb_of_accusing_after_kama_with_a_list_of_accused_goes_on_the_speaker_before()
    {
        var accuse = Single("وأكد الرئيس التركي أن العمليات العسكرية مستمرة. كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن هدفهما واحد.", "ACCUSE");
        AssertActors(accuse, "TUR", "PKK");
    }

    [Fact]
    public void A_quoted_sentence_between_the_speaker_and_the_verb_of_accusing_names_no_new_speaker()
    {
        var accuse = Single("وقال الرئيس التركي إن \"الذين يقولون ذلك يريدون وقف العمليات. لكنها ستستمر\". كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن هدفهما واحد.", "ACCUSE");
        AssertActors(accuse, "TUR", "PKK");
    }

    /// <summary>The ACCUSE candidates as the roles leave them, kept or not.</summary>
    private static List<EventRecord> Candidates(string body) => Events.Candidates(body, "ACCUSE");
}
