using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Duplicates, s10-dup (issue 9): one happening told in a headline, a lead and a later retelling is
/// one event (SPEC §1), while two strikes on two towns, or two sides' attacks at one town, stay two.
/// The doerless retelling merged into the telling with the doer is pinned by EventRetellingTests.
/// </summary>
public sealed class EventDuplicateTests
{
    [Fact]
    public void A_strike_and_its_toll_clause_give_one_event_that_counts_the_dead()
    {
        var events = Of("قصفت طائرات حربية بلدة كفرنبل صباح اليوم وقتل ستة مدنيين في البلدة.");
        var e = Assert.Single(events);
        Assert.Equal("REMOTE", e.Type);
        Assert.Equal(6, e.Fatalities);
    }

    [Fact]
    public void Two_strikes_on_two_towns_stay_two_events()
    {
        var events = Of("قصفت قوات النظام بلدة كفرنبل صباح اليوم. وفي المساء قصفت قوات النظام مدينة سراقب.");
        Assert.Equal(2, events.Count(x => x.Type == "REMOTE"));
    }

    [Fact]
    public void An_attack_and_the_counter_attack_on_the_attacker_at_one_town_stay_two_events()
    {
        var events = Of("هاجم تنظيم داعش بلدة مارع فجر اليوم. وشنت فصائل المعارضة هجوما مضادا على تنظيم داعش في بلدة مارع.");
        Assert.Equal(2, events.Count(x => x.Type == "ASSAULT"));
    }

    [Fact]
    public void A_clash_told_with_its_sides_in_each_order_at_one_town_is_one_event()
    {
        var events = Of("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في بلدة مورك صباح اليوم. وتجددت المعارك بين فصائل المعارضة وقوات النظام في بلدة مورك.");
        Assert.True(events.Count(x => x.Type == "ASSAULT") == 1, Describe(events));
    }

    [Fact]
    public void A_town_taken_by_one_side_and_retaken_by_the_other_stays_two_captures()
    {
        var events = Of("سيطر تنظيم داعش على بلدة مارع صباح اليوم. واستعادت فصائل المعارضة السيطرة على بلدة مارع من تنظيم داعش مساء اليوم.");
        Assert.True(events.Count(x => x.Type == "CAPTURE") == 2, Describe(events));
    }

    [Fact]
    public void A_shelling_placed_by_its_sentence_at_another_town_stays_its_own_event()
    {
        // The second telling's place comes from its sentence, not its clause; it used to fold into the
        // first shelling whatever town it named.
        var events = Of("قصفت قوات النظام بلدة زملكا بالمدفعية صباح اليوم. كما تعرضت أحياء دمشق الجنوبية، وبينها حي القدم، لقصف مدفعي من قوات النظام.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void Barrels_on_two_neighbouring_villages_told_in_two_sentences_stay_two_events()
    {
        // Al-Lataminah and al-Zakat lie about 4 km apart: the distance that merges quarters of one
        // place does not make two named villages one.
        var events = Of("ألقى الطيران المروحي برميلين متفجرين على بلدة اللطامنة صباح اليوم. كما ألقى الطيران المروحي عدة براميل متفجرة على قرية الزكاة.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void The_regime_shelling_the_capital_and_then_a_quarter_of_it_named_apart_are_two_events()
    {
        // حي جوبر lies within the 5 km that joins spellings and sites of one place: a named force's
        // shelling of the quarter, told apart from its shelling of the city, is its own event (s22-merged).
        var events = Of("قصفت القوات النظامية الأجزاء الجنوبية من مدينة دمشق صباح اليوم. كما قصفت القوات النظامية بالمدفعية والصواريخ حي جوبر.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void A_doerless_blast_in_the_capital_retold_at_its_quarter_stays_one_event()
    {
        // A guard: with no doer the quarter's telling narrows the city's blast, one happening.
        var events = Of("هز انفجار قوي مدينة دمشق صباح اليوم. وقع الانفجار في حي جوبر.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 1, Describe(events));
    }

    [Fact]
    public void A_shelling_retold_as_the_definite_noun_of_a_report_is_one_event_with_the_shellers_as_doer()
    {
        // «القصف» takes back the morning's shelling; the speaker of the report that names it is not a
        // second doer (s18b-dup).
        var events = Of("قصفت قوات النظام بلدة كفرنبل بالمدفعية صباح اليوم. وقال الجيش الحر إن القصف على بلدة كفرنبل أدى إلى دمار كبير في المنازل.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Civilians_killed_in_an_armed_attack_told_at_another_place_are_the_toll_of_that_attack()
    {
        // The killing reads its town, the attack its district: «في هجوم» makes the one the toll of the other (s20-dup).
        var events = Of("قال مصدر في الشرطة إن ثلاثة مدنيين قتلوا في مدينة الفلوجة في هجوم مسلح شنه مسلحون مجهولون على سيارتهم شرق الرمادي صباح اليوم.");
        var e = Assert.Single(events, x => x.Type is "ASSAULT" or "ATTACK_CIVILIANS" or "REMOTE");
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void Killings_told_with_the_armed_attacks_that_did_them_are_one_event_that_counts_the_dead()
    {
        // A guard: «بهجمات» is the instrument of «قتل», one happening however the merge reads it.
        var events = Of("قتل ثمانية أشخاص بينهم ثلاثة من عائلة واحدة بهجمات مسلحة في بغداد مساء الأحد.");
        var e = Assert.Single(events, x => x.Type is "ASSAULT" or "ATTACK_CIVILIANS" or "REMOTE");
        Assert.Equal(8, e.Fatalities);
    }

    [Fact]
    public void An_exchange_of_fire_between_two_sides_and_the_killing_told_in_it_are_one_fight()
    {
        // The killing read with the jihadists as doer has the army, the exchange's first side, as its target: the same
        // fight told from the other side, at one place on one day (s39-dupdoer). Which telling stands is the keep model's
        // score (0.763 against 0.767 after the forty-first retrain, which flipped it), so the test asks for one fight whose
        // two roles are the two sides; a rule making the side named first stand read 3 of 5 pool fights wrong.
        var events = MarsadPipeline.CreateDefault().Extract(new Article
        {
            Source = "t",
            Body = "ووقع تبادل لإطلاق النار يوم الخميس قرب بلدة كلس بين الجيش التركي ومقاتلي داعش قتل خلاله جندي تركي.",
            Published = Published,
        }).Events;
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal(["ISIL", "TUR"], new[] { e.Actor1?.Id, e.Actor2?.Id }.Order(StringComparer.Ordinal));
    }
}
