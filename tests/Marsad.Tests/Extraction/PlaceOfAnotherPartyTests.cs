using Marsad.Tests.Learning;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s38-placerole): a place the sentence names in another role is not where the deed was: the
/// sender and the addressee of a message («توجيه دمشق رسالة إلى بيروت»), the occupier of a land in a
/// relative clause («هضبة الجولان التي تحتل اسرائيل أجزاء منها»), the place of another deed in the clause
/// «في حين/بينما» opens.
/// </summary>
public class PlaceOfAnotherPartyTests
{
    [Fact]
    public void A_shelling_told_after_a_message_is_placed_neither_at_its_sender_nor_at_its_addressee()
    {
        var events = Events.Of("وقصفت طائرات حربية سورية بلدات لبنانية في جرود عرسال. ويأتي قصف البلدات اللبنانية بعد أيام من توجيه دمشق رسالة إلى بيروت تطلب فيها وقف تسلل المسلحين.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e.Location?.Name is not ("بيروت" or "دمشق"), e.Location?.Name));
    }

    [Fact]
    public void An_advance_on_a_land_another_state_occupies_is_not_placed_at_the_occupier()
    {
        var events = Events.Of("وحقق مقاتلو المعارضة تقدما في بلدات في الجانب السوري من هضبة الجولان التي تحتل اسرائيل اجزاء منها.")
            .Where(e => e.Type == "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("IL", e.Location?.Country));
    }

    /// <summary>
    /// The option places of the first <paramref name="triggerWord"/> of <paramref name="body"/>, whose places are the words
    /// «حمص» and «حماة» and whose deeds are the words «اشتباكات» and «قصف» (marked as the event stage marks them).
    /// </summary>
    private static List<string> OptionNames(string body, string triggerWord) =>
        PlaceOptionProbe.OptionNames(body, triggerWord, markDeeds: true);

    [Fact]
    public void A_place_of_another_deed_in_the_clause_of_contrast_after_the_deed_is_no_option_for_it()
    {
        var names = OptionNames("اندلعت اشتباكات عنيفة في حمص في حين دار قصف مدفعي على حماة", "اشتباكات");

        Assert.Contains("حمص", names);
        Assert.DoesNotContain("حماة", names);
    }

    [Fact]
    public void A_place_in_a_clause_of_state_after_bayna_ma_stays_an_option()
    {
        var names = OptionNames("اندلعت اشتباكات عنيفة بينما كان المقاتلون يتنقلون قرب حماة", "اشتباكات");

        Assert.Contains("حماة", names);
    }
}
