using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Nouns of one person the toll reader did not know, the cardinal «واحد» after its noun, a person named before a
/// comma and «مصرعه», and persons joined before a plural verb of dying (docs/events.md, s30-fatal).
/// </summary>
public class PersonWordTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    private static int Killed(string sentence) => Assert.Single(All(sentence)).Count;

    [Theory]
    [InlineData("أطلقت الشرطة النار على المحتجين ما أدى إلى مقتل متظاهر.")]
    [InlineData("سقطت قذيفة على منزل في الحي ما أسفر عن مقتل سيدة.")]
    [InlineData("وقتل عامل في شركة السكك الحديدية في هجوم مساء الخميس.")]
    [InlineData("وكان فتى من المحتجين قتل صباح الخميس بطلقة خرطوش.")]
    [InlineData("كما قتل حارس سجن بعدما هاجمه مسلحون.")]
    public void A_single_person_noun_before_or_after_a_killing_is_one_dead(string sentence)
    {
        Assert.Equal(1, Killed(sentence));
    }

    [Fact]
    public void The_terrorist_adjective_of_an_organisation_leaves_the_count_of_its_fighters()
    {
        Assert.Equal(22, Killed("لقي 22 مسلحا من تنظيم داعش الإرهابي مصرعهم في عملية أمنية."));
    }

    [Fact]
    public void One_civilian_with_the_cardinal_after_it_is_one_not_two()
    {
        Assert.Equal(1, Killed("أسفر الهجوم عن مقتل مدني واحد."));
    }

    [Fact]
    public void One_of_spelled_as_one_before_a_definite_noun_still_adds_a_victim()
    {
        Assert.Equal(2, Killed("أسفر الانفجار عن مقتل ضابط واحد الحراس."));
    }

    [Fact]
    public void One_of_the_militants_with_its_hamza_is_one_more_victim()
    {
        Assert.Equal(2, Killed("وقع تبادل لإطلاق النار قتل خلاله جندي تركي وأحد متشددي التنظيم."));
    }

    [Fact]
    public void A_soldier_named_before_a_comma_and_his_death_is_one()
    {
        Assert.Equal(1, Killed("لقي جندي سوري، مصرعه، جراء هجوم بقذائف الهاون."));
    }

    [Fact]
    public void An_infant_a_woman_and_a_man_who_were_killed_are_three()
    {
        Assert.Equal(3, Killed("قال المرصد إن رضيعا وسيدة ورجلا قتلوا جراء قصف على المدينة."));
    }

    [Fact]
    public void A_man_killed_with_one_wounded_joined_after_is_still_one()
    {
        Assert.Equal(1, Killed("قال المصدر إن رجلا قتل وأصيب آخر في الهجوم."));
    }

    [Fact]
    public void The_shrine_of_Sayyida_Zaynab_is_a_place_not_a_dead_woman()
    {
        // review30 finding 1: «السيدة» with the article is a title before a name; the two children are the dead.
        Assert.Equal(2, Killed("سقطت قذائف هاون على حي السيدة زينب جنوب العاصمة قتل فيها طفلان."));
        Assert.DoesNotContain(All("وقع انفجار قرب مقام السيدة زينب قتل فيه عدد من الزوار."), m => m.Count == 1);
    }

    [Theory]
    [InlineData("أسفر القصف عن مقتل مدنيٍ واحدٍ في البلدة.")]
    [InlineData("أسفر القصف عن مقتل مدني واحـد في البلدة.")]
    public void One_civilian_with_a_vowelled_or_stretched_cardinal_is_one_not_two(string sentence)
    {
        // review30 finding 2: tanween and tatweel do not make «واحد» the «وأحد» of one more victim.
        Assert.Equal(1, Killed(sentence));
    }

    [Fact]
    public void Persons_told_wounded_before_a_man_who_was_killed_are_not_among_the_dead()
    {
        // review30 finding 4: «أصيبا» is the outcome of the infant and the woman; only the man died.
        Assert.Equal(1, Killed("قال الطبيب إن طفلا وامرأة أصيبا ورجلا قتلوا في غارة على البلدة مساء أمس."));
    }

    [Fact]
    public void A_soldier_and_a_civilian_before_a_singular_end_are_one_dead()
    {
        // review30 finding 4: «لقي حتفه» names one, whatever persons are joined before it.
        Assert.Equal(1, Killed("قال المصدر إن جنديا ومدنيا لقي حتفه في قصف على المدينة أمس."));
    }

    [Fact]
    public void Two_soldiers_with_their_adjective_and_a_guard_joined_before_a_plural_verb_are_three()
    {
        // An adjective between the persons does not part them; only a cue of another outcome does.
        Assert.Equal(3, Killed("قالت الشرطة إن شرطيين عراقيين وسائقا مدنيا قتلوا في انفجار عبوة على الطريق."));
    }
}
