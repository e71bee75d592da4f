using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Error analysis of the learned place choice (<c>MARSAD_PLACE_CHOICES=FILE marsad train
/// --oracle</c>): for each candidate the choice decides that is tied to a coded event with a
/// place, whether the rules' option, the chosen one and any option lies within the tolerance, with
/// the words that set the chosen and the right options apart. The choice only sees candidates the
/// rules placed by their sentence, the focus or not at all (<c>EventStage.PlaceChooser</c>).
/// </summary>
public static class PlaceChoiceStudy
{
    private static readonly string[] Shown = ["focus", "rules_choice", "distance", "same_clause", "same_sentence", "previous_sentence", "trigger_between", "prep_word", "cue_before", "dateline", "doc_mentions_log", "paragraph_event_place", "precision_point", "precision_region", "precision_country"];

    public static void Run(IReadOnlyList<GoldArticle> articles, string split, TextWriter into)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var model = EventModels.Place;
        var shown = Shown.Select(n => PlaceChoice.Names.ToList().IndexOf(n)).ToArray();
        int groups = 0, rulesRight = 0, chosenRight = 0, anyRight = 0, moved = 0;
        foreach (var a in articles)
        {
            var log = new CandidateLog { Keep = EventModels.Keep, Actor1 = EventModels.Actor1, Actor2 = EventModels.Actor2, Type = EventModels.Type, Place = model, Modality = EventModels.Modality };
            pipeline.Extract(a.Article, log);
            var spans = GoldSpans.Of(a);
            foreach (var options in log.PlaceRows.GroupBy(r => r.Group))
            {
                var first = options.First();
                if (GoldSpans.Tie(spans, first.Trigger, first.Type) is not { Event.Place: not null } g)
                {
                    continue;
                }
                var list = options.ToList();
                var right = list.Select(o => EventMatcher.CheckLocation(a.Gold, g.Event, o.Location).Ok).ToList();
                var scores = list.Select(o => model?.Score(o.Features) ?? 0).ToList();
                var best = 0;
                for (var i = 1; i < list.Count; i++)
                {
                    best = scores[i] > scores[best] ? i : best;
                }
                var rules = list.FindIndex(o => o.Features[1] > 0);
                groups++;
                rulesRight += rules >= 0 && right[rules] ? 1 : 0;
                chosenRight += right[best] ? 1 : 0;
                anyRight += right.Contains(true) ? 1 : 0;
                moved += best != rules ? 1 : 0;
                string Describe(int i) => i < 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
                    $"{list[i].Location.Name}{(right[i] ? "+" : "-")} {scores[i]:F2} [{string.Join(' ', shown.Select(k => list[i].Features[k].ToString("0.#", CultureInfo.InvariantCulture)))}]");
                var firstRight = right.IndexOf(true);
                var cls = right[best] ? "right" : firstRight < 0 ? "none right" : rules >= 0 && right[rules] ? "moved off the rules' right place" : "another option was right";
                into.WriteLine(string.Join('\t', split, Path.GetFileNameWithoutExtension(a.GoldPath), cls, first.Type, first.Trigger.Cut(a.Article.Body), g.Event.Place,
                    "rules " + Describe(rules), "chosen " + Describe(best), "right " + Describe(firstRight), list.Count.ToString(CultureInfo.InvariantCulture)));
            }
        }
        into.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{split}: {groups} chosen candidates tied to coded places; rules' option right {rulesRight}, chosen right {chosenRight}, any right {anyRight}, moved {moved}; features shown: {string.Join(' ', Shown)}"));
    }
}
