using Marsad.Lexicons;

namespace Marsad.Tests.Lexicons;

/// <summary>ActorLexicon.StateOf: the one way to ask which state an actor id stands for.</summary>
public class ActorStateTests
{
    [Theory]
    [InlineData("SYR-GOV", "SYR-MIL")]
    [InlineData("ISR", "ISR-MIL")]
    [InlineData("EGY", "EGY-MIL")]
    public void A_government_and_its_forces_are_one_state(string government, string forces) =>
        Assert.Equal(ActorLexicon.StateOf(government), ActorLexicon.StateOf(forces));

    [Fact]
    public void Two_states_are_not_one() => Assert.NotEqual(ActorLexicon.StateOf("ISR"), ActorLexicon.StateOf("SYR-GOV"));

    [Theory]
    [InlineData("QAT", "QAT")]
    [InlineData("XYZ-MIL", "XYZ")]
    [InlineData("XYZ-GOV", "XYZ")]
    public void A_state_national_actors_lists_no_row_for_is_its_id_without_government_or_forces(string id, string state) =>
        Assert.Equal(state, ActorLexicon.StateOf(id));

    [Fact]
    public void An_armed_group_is_itself() => Assert.Equal("ISIL", ActorLexicon.StateOf("ISIL"));
}
