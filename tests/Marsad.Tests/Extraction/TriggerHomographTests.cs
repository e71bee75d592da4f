using Marsad.Lexicons;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Generated trigger forms spelled like a word of another kind (data/lexicons/trigger_homographs.tsv, s21b-arrest).</summary>
public class TriggerHomographTests
{
    private const string Header = "# source: test\n# licence: CC0-1.0\n";

    [Fact]
    public void A_halt_of_the_fighting_is_no_arrest()
    {
        var events = Of("أعلن الجيش العراقي توقف العمليات العسكرية في مدينة الرمادي بسبب الأمطار.");

        Assert.DoesNotContain(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void The_other_forms_of_the_verb_of_stopping_still_arrest()
    {
        Single("أوقفت الشرطة ثلاثة مشتبه بهم في مدينة الموصل.", "ARREST");
    }

    [Fact]
    public void The_lexicon_leaves_out_only_the_listed_form_of_the_listed_verb()
    {
        var forms = TriggerLexicon.Default.Matcher;

        Assert.Null(forms.Lookup("توقف"));
        Assert.NotNull(forms.Lookup("يوقف"));
        Assert.NotNull(forms.Lookup("ستوقف"));
    }

    [Fact]
    public void A_homograph_row_that_names_no_generated_form_is_an_error()
    {
        var triggers = TsvTable.Parse("t", new StringReader(Header + "type\tform\tpresent\tpos\tgenitive\tactor2_prep\tactor1_prep\tneeds\tweight\nARREST\tاوقف\tيوقف\tverb\t-\t-\t-\t-\t0.75\n"));
        var homographs = TsvTable.Parse("h", new StringReader(Header + "type\tverb\tform\treads_as\nARREST\tاعتقل\tتوقف\t-\n"));

        Assert.Throws<InvalidDataException>(() => new TriggerLexicon(triggers, null, homographs));
    }
}
