using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>
/// The option places the place choice weighs for one trigger of a test text, with the places and deeds planted by
/// hand so a test reads only <see cref="PlaceChoice.Options"/>: the words «حمص» and «حماة» are places, and (when asked)
/// the words «اشتباكات» and «قصف» are marked as the event stage marks its triggers.
/// </summary>
internal static class PlaceOptionProbe
{
    public static List<string> OptionNames(string body, string triggerWord, bool markDeeds)
    {
        var text = AnalyzedText.Analyze(body);
        var context = new ExtractionContext(new Article { Source = "test", Body = body }, text);
        var trigger = -1;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var word = text.Tokens[i].Norm;
            if (word is "حمص" or "حماه" or "حماة")
            {
                var span = text.Tokens[i].Span;
                var name = body[span.Start..span.End];
                context.Places.Add(new PlaceHit(i, i + 1, span,
                    new PlaceMention { Text = name, Start = span.Start, End = span.End, Name = name, Country = "SY", Precision = "point", GazetteerId = "t:" + name }));
            }
            else if (word == triggerWord && trigger < 0)
            {
                trigger = i;
            }
        }
        var index = new ArticleIndex(context, WordRoles.EventWords);
        for (var i = 0; markDeeds && i < text.Tokens.Count; i++)
        {
            if (text.Tokens[i].Norm is "اشتباكات" or "قصف")
            {
                index.MarkTrigger(i, text.Tokens[i].Norm == "قصف" ? "REMOTE" : "ASSAULT");
            }
        }
        var e = new EventCandidate(trigger, trigger + 1, new TriggerEntry("ASSAULT", false, Tense.None, "", null, null, "", 1), new Segmentation(triggerWord, 0, 0, false));
        return [.. PlaceChoice.Options(index, e, focus: null).Select(o => o.Mention.Name)];
    }
}
