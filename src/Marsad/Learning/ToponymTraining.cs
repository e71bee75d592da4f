using System.Globalization;
using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>What a training run of the toponym tagger built: its sources and whether a check found the committed model equal.</summary>
public sealed record ToponymTrainingSummary(string Name, IReadOnlyDictionary<string, int[]> TrainedOn, int ZipBytes, bool? SameAsCommitted)
{
    /// <summary>The tagger just trained (what the other models of <c>marsad train</c> learn with).</summary>
    public ToponymTagger? Tagger { get; init; }
}

/// <summary>Cross-validated figures (mean over the folds' pooled counts).</summary>
public sealed record ToponymCrossValidation(IReadOnlyList<string> Lines, double IdrisiTaggerF1, double IdrisiSystemF1, double IdrisiSystemOverlapF1, double IdrisiAcc161, double NewsFaneF1);

/// <summary>
/// Trains the toponym tagger (<see cref="ToponymTagger"/>) on NewsFANE, the IDRISI Arabic
/// recognition training splits and, when present, the place mentions of the annotated corpus
/// train split; and measures it by k-fold cross-validation on IDRISI and on NewsFANE (training on
/// k−1 folds, scoring on the held-out one, folds pooled).
/// </summary>
public static class ToponymTraining
{
    public const int Epochs = 8;
    public const int HashBits = 18;

    /// <summary>Trains on everything and writes data/models/toponyms.zip and .json, or with <paramref name="check"/> compares a retrain with the committed file.</summary>
    public static ToponymTrainingSummary Run(string sharedRoot, string modelsDir, bool check, TextWriter progress, string? corpusTrainDir = null)
    {
        var (newsFane, idrisi, _, corpus) = Load(sharedRoot, corpusTrainDir, progress);
        var stage = new PlaceStage { Tagger = null };
        var sources = new Dictionary<string, List<PlaceDoc>>(StringComparer.Ordinal) { ["newsfane"] = newsFane, ["idrisi"] = idrisi, ["corpus"] = corpus };
        var tagger = Train(stage, sources, progress);
        var zip = tagger.ToZip();
        var zipPath = Path.Combine(modelsDir, ToponymTagger.ModelName + ".zip");
        bool? same = null;
        if (check)
        {
            same = File.Exists(zipPath) && File.ReadAllBytes(zipPath).AsSpan().SequenceEqual(zip);
        }
        else
        {
            Directory.CreateDirectory(modelsDir);
            File.WriteAllBytes(zipPath, zip);
            File.WriteAllText(Path.Combine(modelsDir, ToponymTagger.ModelName + ".json"), tagger.CardJson());
        }
        return new ToponymTrainingSummary(ToponymTagger.ModelName, tagger.Card.TrainedOn, zip.Length, same) { Tagger = tagger };
    }

    private static (List<PlaceDoc> NewsFane, List<PlaceDoc> Idrisi, List<PlaceDoc> IdrisiResolution, List<PlaceDoc> Corpus) Load(string sharedRoot, string? corpusTrainDir, TextWriter progress)
    {
        var nerFile = Path.Combine(sharedRoot, "data", "ner", "NewsFANE_Gold_2014_170K.txt");
        var toponyms = Path.Combine(sharedRoot, "data", "toponyms");
        if (!File.Exists(nerFile) || !Directory.Exists(toponyms))
        {
            throw new InvalidDataException($"{sharedRoot}: needs data/ner/NewsFANE_Gold_2014_170K.txt and data/toponyms (pass --shared DIR)");
        }
        var newsFane = ToponymData.ReadNewsFane(nerFile);
        var idrisi = ToponymData.ReadIdrisiRecognition(toponyms);
        var resolution = ToponymData.ReadIdrisiResolution(toponyms);
        var corpus = ToponymData.ReadCorpus(corpusTrainDir ?? Path.Combine("data", "gold", "corpus", "train"), sharedRoot);
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"toponyms: NewsFANE {newsFane.Count} texts, IDRISI {idrisi.Count} tweets ({resolution.Count} with resolution), corpus {corpus.Count} articles"));
        return (newsFane, idrisi, resolution, corpus);
    }

    /// <summary>
    /// A fold's tagger, trained, or read from <c>MARSAD_TOPONYM_FOLD_CACHE</c> (a folder) when an
    /// earlier run left it there: measuring a change to the recognition decision or to resolution
    /// then skips five trainings. Only for such changes: a cached tagger does not see a change to
    /// its features' inputs (a card of other feature templates is still refused).
    /// </summary>
    private static ToponymTagger FoldTagger(PlaceStage rules, IReadOnlyDictionary<string, List<PlaceDoc>> train, int fold, TextWriter progress)
    {
        var cache = Environment.GetEnvironmentVariable("MARSAD_TOPONYM_FOLD_CACHE");
        if (string.IsNullOrEmpty(cache))
        {
            return Train(rules, train, progress);
        }
        var zip = Path.Combine(cache, string.Create(CultureInfo.InvariantCulture, $"fold{fold}.zip"));
        var card = Path.ChangeExtension(zip, ".json");
        if (File.Exists(zip) && File.Exists(card))
        {
            using var z = File.OpenRead(zip);
            using var c = File.OpenRead(card);
            progress.WriteLine($"  tagger read from {zip}");
            return ToponymTagger.Load(z, c);
        }
        var tagger = Train(rules, train, progress);
        Directory.CreateDirectory(cache);
        File.WriteAllBytes(zip, tagger.ToZip());
        File.WriteAllText(card, tagger.CardJson());
        return tagger;
    }

    /// <summary>
    /// The gazetteer a fold is measured with: every row but the IDRISI rows (data/geo/idrisi_places.tsv)
    /// whose tweets all fall in the held-out fold <paramref name="fold"/> (by <see cref="ToponymData.FoldOf"/>),
    /// and WOF's point for a country whose OSM point (data/geo/country_points.tsv) rests on those tweets only.
    /// </summary>
    public static Gazetteer FoldGazetteer(int folds, int fold, out int dropped) =>
        FoldGazetteer(source => Gazetteer.IdrisiTweets(source).Any(t => ToponymData.FoldOf(t, folds) != fold), out dropped);

    /// <summary>The gazetteer of a held-out IDRISI event: every row but the IDRISI rows resting on that event alone.</summary>
    public static Gazetteer EventGazetteer(string heldOut, out int dropped) =>
        FoldGazetteer(source => Gazetteer.IdrisiEvents(source).Any(e => !string.Equals(e, heldOut, StringComparison.Ordinal)), out dropped);

    private static Gazetteer FoldGazetteer(Func<string, bool> keepRow, out int dropped)
    {
        var n = 0;
        // A country point of the held-out tweets only is left out too, but it is no row: not counted.
        var g = Gazetteer.LoadEmbedded(source =>
        {
            var keep = keepRow(source);
            n += keep ? 0 : 1;
            return keep;
        }, keepRow);
        dropped = n;
        return g;
    }

    /// <summary>Trains one tagger on the given documents, sources named for the card.</summary>
    public static ToponymTagger Train(PlaceStage stage, IReadOnlyDictionary<string, List<PlaceDoc>> sources, TextWriter? progress = null)
    {
        var sentences = new List<(TaggerToken[], int[])>();
        var trainedOn = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (name, docs) in sources.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var before = sentences.Count;
            foreach (var d in docs)
            {
                sentences.AddRange(Sentences(stage, d));
            }
            trainedOn[name] = [sentences.Count - before, docs.Sum(d => d.Gold.Count)];
        }
        var card = new ToponymCard { FeatureVersion = ToponymFeatures.Version, Epochs = Epochs, HashBits = HashBits, TrainedOn = trainedOn };
        return ToponymTagger.Train(sentences, Epochs, HashBits, card, progress).Quantized();
    }

    /// <summary>The text's sentences as tagger tokens with gold BIO tags from the gold spans (a token overlapping a span is inside it).</summary>
    public static IEnumerable<(TaggerToken[] Tokens, int[] Gold)> Sentences(PlaceStage stage, PlaceDoc doc)
    {
        var text = AnalyzedText.Analyze(doc.Text);
        var tokens = ToponymFeatures.Tokens(text, stage.Candidates(text));
        var gold = new int[tokens.Length];
        var spanOf = new int[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            var span = text.Tokens[k].Span;
            spanOf[k] = doc.Gold.FindIndex(g => g.Start < span.End && span.Start < g.End);
            gold[k] = spanOf[k] < 0 ? ToponymTagger.O : k > 0 && spanOf[k - 1] == spanOf[k] ? ToponymTagger.I : ToponymTagger.B;
        }
        foreach (var s in text.Sentences)
        {
            if (s.End > s.First)
            {
                yield return (tokens[s.First..s.End], gold[s.First..s.End]);
            }
        }
    }

    /// <summary>The spans the tagger alone calls places (runs of B/I), without a clitic the gazetteer reading strips.</summary>
    public static List<PredictedPlace> TaggerSpans(ToponymTagger tagger, PlaceStage stage, string body)
    {
        var text = AnalyzedText.Analyze(body);
        var tokens = ToponymFeatures.Tokens(text, stage.Candidates(text));
        var tags = new int[tokens.Length];
        var probability = new float[tokens.Length];
        foreach (var s in text.Sentences)
        {
            tagger.Tag(tokens.AsSpan(s.First, s.End - s.First), tags.AsSpan(s.First, s.End - s.First), probability.AsSpan(s.First, s.End - s.First));
        }
        var result = new List<PredictedPlace>();
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tags[k] == ToponymTagger.O)
            {
                continue;
            }
            var first = k;
            while (k + 1 < tokens.Length && tags[k + 1] == ToponymTagger.I)
            {
                k++;
            }
            // Hashtag marks and punctuation the tagger carried along are no part of the name.
            var last = k;
            while (last > first && !text.Tokens[last].IsWord && text.Tokens[last].Kind != TokenKind.Number)
            {
                last--;
            }
            while (first < last && !text.Tokens[first].IsWord && text.Tokens[first].Kind != TokenKind.Number)
            {
                first++;
            }
            var start = text.Tokens[first].Span.Start;
            result.Add(new PredictedPlace(start, text.Tokens[last].Span.End));
        }
        return result;
    }

    /// <summary>The places the whole place stage finds (gazetteer, rules and, when set, the tagger), resolved.</summary>
    public static List<PredictedPlace> SystemSpans(PlaceStage stage, string body)
    {
        var article = new Article { Source = "text", Body = body };
        var context = new ExtractionContext(article, AnalyzedText.Analyze(body));
        stage.Run(context);
        return [.. PlaceHit.Output(context.Places, context.Sites, body).Select(p => new PredictedPlace(p.Start, p.End, p.Lat, p.Lon, p.Country, p.Precision))];
    }

    /// <summary>The system's mentions that overlap a gold span without being it (SPAN lines): what costs exact F1 and not overlap F1.</summary>
    private static void WriteSpanErrors(TextWriter errors, PlaceDoc d, IReadOnlyList<PredictedPlace> predicted)
    {
        foreach (var p in predicted.Where(p => !d.Gold.Any(g => RecognitionScore.Same(p, g, d.Text))))
        {
            if (d.Gold.FirstOrDefault(g => RecognitionScore.Overlaps(p, g)) is { } g)
            {
                errors.WriteLine($"{d.Source}\tSPAN\t{d.Text[p.Start..p.End]}\t{g.Type}\t{d.Text[g.Start..g.End]}\t{d.Key}:{p.Start}");
            }
        }
    }

    /// <summary>
    /// k-fold cross-validation: IDRISI tweets fall in a fold by tweet id (the same tweet in the same
    /// fold of both IDRISI sets); each fold's tagger trains on NewsFANE, the other IDRISI folds and
    /// the corpus, and is scored on the fold's recognition tweets (tagger alone, rules alone, both)
    /// and resolution tweets. NewsFANE is scored the same way with its own folds (by text).
    /// </summary>
    /// <param name="errors">When given, gets one TSV line per false positive (FP), missed mention (FN) and resolution over 161 km (FAR) of the system with the tagger.</param>
    /// <param name="byEvent">Leave one IDRISI event out per fold instead of folding tweets by id: the held-out event's tweets, and the IDRISI rows resting on it alone, are unseen (how a new event's tweets would fare). Folds then number the events.</param>
    public static ToponymCrossValidation CrossValidate(string sharedRoot, int folds, TextWriter progress, string? corpusTrainDir = null, TextWriter? errors = null, bool byEvent = false)
    {
        var (newsFane, idrisi, resolution, corpus) = Load(sharedRoot, corpusTrainDir, progress);
        var events = idrisi.Select(d => d.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (byEvent)
        {
            folds = events.Count;
        }
        int FoldOf(PlaceDoc d) => byEvent ? events.IndexOf(d.Source) : ToponymData.FoldOf(d.Key, folds);
        var taggerAlone = new RecognitionScore();
        var rulesAlone = new RecognitionScore();
        var system = new RecognitionScore();
        var rulesResolution = new ResolutionScore();
        var systemResolution = new ResolutionScore();
        var newsFaneTagger = new RecognitionScore();
        var newsFaneSystem = new RecognitionScore();
        for (var fold = 0; fold < folds; fold++)
        {
            var f = fold;
            var train = new Dictionary<string, List<PlaceDoc>>(StringComparer.Ordinal)
            {
                ["newsfane"] = [.. newsFane.Where((_, i) => i % folds != f)],
                ["idrisi"] = [.. idrisi.Where(d => FoldOf(d) != f)],
                ["corpus"] = corpus,
            };
            // The held-out fold must not find its own names: the IDRISI rows that rest only on
            // its tweets are left out of the gazetteer its tagger trains with and it is scored with.
            var gazetteer = byEvent ? EventGazetteer(events[f], out var dropped) : FoldGazetteer(folds, f, out dropped);
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold + 1}/{folds}{(byEvent ? " (held-out event " + events[f] + ")" : string.Empty)} (IDRISI gazetteer rows of the held-out tweets only, left out: {dropped})"));
            var rules = new PlaceStage(gazetteer) { Tagger = null };
            var tagger = FoldTagger(rules, train, fold, progress);
            var withTagger = new PlaceStage(gazetteer) { Tagger = tagger };
            foreach (var d in idrisi.Where(d => FoldOf(d) == f))
            {
                var ts = TaggerSpans(tagger, rules, d.Text);
                taggerAlone.Add(ts, d.Gold, d.Text);
                rulesAlone.Add(SystemSpans(rules, d.Text), d.Gold, d.Text);
                var sys = SystemSpans(withTagger, d.Text);
                system.Add(sys, d.Gold, d.Text);
                if (errors is not null)
                {
                    foreach (var g in d.Gold.Where(g => !sys.Any(p => RecognitionScore.Overlaps(p, g))))
                    {
                        errors.WriteLine($"{d.Source}\tFN\t{d.Text[g.Start..g.End]}\t{g.Type}\t{(ts.Any(p => RecognitionScore.Overlaps(p, g)) ? "tagger found it" : "-")}\t{d.Key}:{g.Start}");
                    }
                    foreach (var p in sys.Where(p => !d.Gold.Any(g => RecognitionScore.Overlaps(p, g))))
                    {
                        errors.WriteLine($"{d.Source}\tFP\t{d.Text[p.Start..p.End]}\t{p.Country}\t{p.Precision}\t{d.Key}:{p.Start}");
                    }
                    WriteSpanErrors(errors, d, sys);
                }
            }
            foreach (var d in resolution.Where(d => FoldOf(d) == f))
            {
                rulesResolution.Add(SystemSpans(rules, d.Text), d.Gold);
                var sp = SystemSpans(withTagger, d.Text);
                systemResolution.Add(sp, d.Gold);
                if (errors is not null)
                {
                    foreach (var g in d.Gold)
                    {
                        var p = sp.FirstOrDefault(p => RecognitionScore.Overlaps(p, g) && p.Lat is not null);
                        if (p is not null && GeoMath.DistanceKm(g.Lat!.Value, g.Lon!.Value, p.Lat!.Value, p.Lon!.Value) is var km && km > 161)
                        {
                            errors.WriteLine(FormattableString.Invariant($"{d.Source}\tFAR\t{d.Text[p.Start..p.End]}\t{p.Country}\t{p.Precision}\t{g.Type}\t{g.Country}\t{km:F0}\t{p.Lat:F3},{p.Lon:F3}\t{d.Key}"));
                        }
                    }
                }
            }
            foreach (var d in newsFane.Where((_, i) => i % folds == f))
            {
                newsFaneTagger.Add(TaggerSpans(tagger, rules, d.Text), d.Gold, d.Text);
                var ns = SystemSpans(withTagger, d.Text);
                newsFaneSystem.Add(ns, d.Gold, d.Text);
                if (errors is not null)
                {
                    WriteSpanErrors(errors, d, ns);
                }
            }
        }
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Recognition, IDRISI idrisi_lmr_ar train splits, {folds}-fold cross-validation ({(byEvent ? "one event held out per fold" : "folds by tweet id")}):"),
            RecognitionScore.Header,
            taggerAlone.Row("tagger alone"),
            rulesAlone.Row("rules alone (gazetteer)"),
            system.Row("gazetteer + tagger"),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Resolution, IDRISI idrisi_lmd_ar train splits, same folds (a gold mention is recognized when a system place overlaps it):"),
            ResolutionScore.Header,
            rulesResolution.Row("rules alone (gazetteer)"),
            systemResolution.Row("gazetteer + tagger"),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"Recognition, NewsFANE locations ({string.Join(", ", ToponymData.NewsFaneLocations.Order(StringComparer.Ordinal))}), {folds}-fold cross-validation by text:"),
            RecognitionScore.Header,
            newsFaneTagger.Row("tagger alone"),
            newsFaneSystem.Row("gazetteer + tagger"),
        };
        return new ToponymCrossValidation(lines, taggerAlone.Exact.F1, system.Exact.F1, system.Overlap.F1, systemResolution.Acc161, newsFaneTagger.Exact.F1);
    }
}
