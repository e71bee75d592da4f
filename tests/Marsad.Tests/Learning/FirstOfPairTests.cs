using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>
/// Of two doers joined by «و» the first named is the core actor1 (docs/annotation.md 6.3): the
/// learned choice landing on the second («وحزب الله», nearer the trigger) gives way to the first.
/// </summary>
public class FirstOfPairTests
{
    private static (ArticleIndex Index, List<ActorChoice.Option> Options) Read(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        var index = new ArticleIndex(context, WordRoles.EventWords);
        var options = new List<ActorChoice.Option> { new(null) };
        options.AddRange(index.Actors.Select(a => new ActorChoice.Option(a)));
        return (index, options);
    }

    private static ActorChoice.Option OptionOf(List<ActorChoice.Option> options, string id) => options.First(o => o.Id == id);

    [Fact]
    public void The_second_of_two_joined_doers_gives_way_to_the_first()
    {
        var (index, options) = Read("شنت قوات النظام وحزب الله هجوما على بلدة في ريف دمشق.");

        var first = ActorChoice.FirstOfPair(index, OptionOf(options, "LBN-HEZ"), options);

        Assert.Equal("SYR-MIL", first?.Id);
    }

    [Fact]
    public void The_first_of_a_pair_is_kept_as_it_is()
    {
        var (index, options) = Read("شنت قوات النظام وحزب الله هجوما على بلدة في ريف دمشق.");

        Assert.Null(ActorChoice.FirstOfPair(index, OptionOf(options, "SYR-MIL"), options));
    }

    [Fact]
    public void The_second_side_of_a_clash_between_two_is_left_to_the_choice()
    {
        var (index, options) = Read("دارت اشتباكات بين قوات النظام وحزب الله في ريف دمشق.");

        Assert.Null(ActorChoice.FirstOfPair(index, OptionOf(options, "LBN-HEZ"), options));
    }
}
