using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>Victims joined by «و» to a statement of dead are counted with it (docs/events.md, s7-fatal).</summary>
public class FatalityListTests
{
    private static int Killed(string sentence) =>
        Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence))).Count;

    [Fact]
    public void An_officer_and_two_soldiers_killed_count_three()
    {
        Assert.Equal(3, Killed("أدى انفجار العبوة إلى مقتل ضابط وجنديين قرب الحدود."));
    }

    [Fact]
    public void A_man_and_his_wife_shot_by_gunmen_count_two()
    {
        Assert.Equal(2, Killed("اغتال مسلحون مجهولون رجلا وزوجته في حي المنصور."));
    }

    // s31-tolls: «آخرين» says the counted are others than the victim named before them, who died too.
    [Theory]
    [InlineData("أسفر التفجير في المسجد عن مقتل الشيخ البوطي و42 شخصا آخرين.", 43)]
    [InlineData("أعلنت القوات أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين قرب البلدة.", 22)]
    [InlineData("أسفر القصف عن مقتل القائد الميداني أبو خالد و3 آخرين في البلدة.", 4)]
    [InlineData("أسفر القصف على البلدة عن مقتل طفل وثلاثة آخرين.", 4)]
    [InlineData("وقال المرصد إن 7 آخرين قتلوا في قصف على البلدة.", 7)]
    public void Others_counted_after_a_named_victim_add_the_victim(string sentence, int killed)
    {
        Assert.Equal(killed, Killed(sentence));
    }

    [Theory]
    [InlineData("أسفر القصف على البلدة عن مقتل 5 أشخاص وإصابة 20 آخرين.", 5)]
    [InlineData("قالت مصادر إن الجيش قتل 20 مسلحا واعتقل 5 آخرين في ريف حمص.", 20)]
    public void Others_wounded_or_held_are_no_more_dead(string sentence, int killed)
    {
        Assert.Equal(killed, Killed(sentence));
    }

    [Fact]
    public void An_official_and_his_three_guards_count_four()
    {
        Assert.Equal(4, Killed("أسفر التفجير عن مقتل مسؤول كبير وحراسه الثلاثة قرب منزله."));
    }

    [Fact]
    public void Two_officials_named_by_title_and_one_guard_count_three()
    {
        Assert.Equal(3, Killed("أسفر الانفجار عن مقتل رئيس مجلس البلدة وعضو مجلس المحافظة وأحد عناصر الحماية."));
    }

    [Fact]
    public void Five_soldiers_and_an_officer_count_six()
    {
        Assert.Equal(6, Killed("أسفر الهجوم عن مقتل 5 جنود وضابط عند الحاجز."));
    }

    [Fact]
    public void One_of_the_wounded_joined_to_the_dead_is_not_another_victim()
    {
        Assert.Equal(1, Killed("أسفر الانفجار عن مقتل جندي وأحد الجرحى في حالة خطرة."));
    }

    [Fact]
    public void A_person_named_after_a_preposition_is_not_added_to_the_dead()
    {
        Assert.Equal(1, Killed("أسفر القصف عن مقتل جندي في هجوم على حاجز وشرطي يراقب الطريق."));
    }

    [Fact]
    public void The_people_a_count_names_again_are_not_added_to_it()
    {
        Assert.Equal(4, Killed("أعلن مصدر مقتل 4 أشخاص هم مسؤول وحراسه الثلاثة."));
    }

    [Fact]
    public void A_count_of_a_leaders_men_still_reads_as_a_partitive()
    {
        Assert.Equal(5, Killed("وقال إن خمسة من مرافقي العقيد سالم قتلوا أيضا في الهجوم."));
    }

    [Fact]
    public void An_attempt_to_liquidate_a_journalist_kills_nobody()
    {
        var text = AnalyzedText.Analyze("تعرض صحفي إلى محاولة لتصفيته على يد مسلحين طعنوه بالسكاكين.");
        Assert.Empty(FatalityFinder.Default.FindAll(text));
        Assert.Equal(0, Assert.Single(FatalityFinder.Default.FindNoDeaths(text)).Count);
    }
}
