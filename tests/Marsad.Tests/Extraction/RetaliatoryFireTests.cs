using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Artillery that «ردت على قذيفة» answers a shell with its own fire: the verb of responding, with a
/// projectile after it, is a strike by the side that responds; the shell behind «على» is what it
/// answers, another happening with its own doer, so the two are not joined into one candidate (s34-recall).
/// </summary>
public class RetaliatoryFireTests
{
    [Fact]
    public void Artillery_that_answers_a_shell_strikes_on_its_own_verb()
    {
        var strike = Single("وقالت وكالة الأنباء إن المدفعية التركية ردت على قذيفة هاون أطلقت من سوريا وسقطت قرب بلدة يايلاداغ أمس.", "REMOTE");
        Assert.Equal("TUR", strike.Actor1?.Id);
        // Joined to the shell after it, the strike was told by «قذيفة», the word of the happening it answers.
        Assert.DoesNotContain("قذيفة", strike.Evidence.Text, StringComparison.Ordinal);
    }
}
