using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Geo;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Ingestion;
using Marsad.Text;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad toponyms</c>: measures place recognition and resolution on the IDRISI Arabic tweet
/// sets (shared/data/toponyms): recognition P/R/F1 by exact span and by overlap (idrisi_lmr_ar),
/// and resolution accuracy within 25 and 161 km of the gold OSM point (idrisi_lmd_ar).
/// </summary>
internal static class ToponymsCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data directory (holds data/toponyms).", DefaultValueFactory = _ => "../shared" };
        var errors = new Option<string?>("--errors") { Description = "Write every false positive and missed mention of the recognition set to this TSV file (for error hunting)." };
        var command = new Command("toponyms", "Score place recognition and resolution on the IDRISI Arabic tweets.") { shared, errors };
        command.SetAction(parse =>
        {
            var dir = Path.Combine(parse.GetValue(shared)!, "data", "toponyms");
            if (!Directory.Exists(dir))
            {
                throw new InputException($"{dir}: no such directory (pass --shared DIR)");
            }
            var o = parse.InvocationConfiguration.Output;
            var stage = new PlaceStage();
            o.WriteLine("Recognition (idrisi_lmr_ar, train splits): exact span / overlap");
            o.WriteLine("event\ttweets\tgold\tpred\tP_exact\tR_exact\tF1_exact\tP_overlap\tR_overlap\tF1_overlap");
            var total = new Recognition();
            using var dump = parse.GetValue(errors) is { } path ? new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) : null;
            foreach (var file in Directory.GetFiles(Path.Combine(dir, "idrisi_lmr_ar"), "*__train.jsonl").Order(StringComparer.Ordinal))
            {
                var r = new Recognition();
                foreach (var (text, gold) in ReadLmr(file))
                {
                    var pred = Predict(stage, text);
                    r.Add(pred, gold);
                    if (dump is not null)
                    {
                        foreach (var p in pred.Where(p => !gold.Any(g => Overlaps(p, g))))
                        {
                            dump.WriteLine(string.Join('\t', Event(file), "FP", p.Text, p.Name, p.Country, p.GazetteerId));
                        }
                        foreach (var g in gold.Where(g => !pred.Any(p => Overlaps(p, g))))
                        {
                            dump.WriteLine(string.Join('\t', Event(file), "FN", text[g.Start..g.End], g.Type));
                        }
                    }
                }
                o.WriteLine(r.Row(Event(file)));
                total.Merge(r);
            }
            o.WriteLine(total.Row("TOTAL"));
            o.WriteLine();
            o.WriteLine("Resolution (idrisi_lmd_ar, train splits): gold mentions, recognized (overlap), correct within 25/161 km (and with a country counted right by its code)");
            o.WriteLine("event\tgold\trecognized\tacc25_of_recognized\tacc161_of_recognized\tacc161_country_aware\tacc25_of_all\tacc161_of_all");
            var all = new Resolution();
            foreach (var file in Directory.GetFiles(Path.Combine(dir, "idrisi_lmd_ar"), "*__train.jsonl").Order(StringComparer.Ordinal))
            {
                var r = new Resolution();
                foreach (var (text, gold) in ReadLmd(file))
                {
                    var pred = Predict(stage, text);
                    r.Add(pred, gold);
                    foreach (var g in gold)
                    {
                        if (dump is not null && pred.FirstOrDefault(p => Overlaps(p, g) && p.Lat is not null) is { } p
                            && GeoMath.DistanceKm(g.Lat!.Value, g.Lon!.Value, p.Lat!.Value, p.Lon!.Value) is var d && d > 25)
                        {
                            dump.WriteLine(FormattableString.Invariant($"{Event(file)}\tFAR\t{p.Text}\t{p.Name}\t{p.Country}\t{p.GazetteerId}\t{g.Type}\t{g.Country}\t{d:F0}"));
                        }
                    }
                }
                o.WriteLine(r.Row(Event(file)));
                all.Merge(r);
            }
            o.WriteLine(all.Row("TOTAL"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Event(string file) => Path.GetFileName(file).Replace("__train.jsonl", string.Empty, StringComparison.Ordinal);

    private static List<PlaceMention> Predict(PlaceStage stage, string text)
    {
        var article = new Article { Source = "tweet", Body = text };
        var context = new ExtractionContext(article, AnalyzedText.Analyze(text));
        stage.Run(context);
        return [.. context.Places.Select(p => p.Mention)];
    }

    private sealed record Gold(int Start, int End, string Type, double? Lat = null, double? Lon = null, string? Country = null);

    /// <summary>Gold spans lose a leading «#» and trailing marks, as the system never includes them.</summary>
    private static Gold Trim(string text, int start, int end, string type, double? lat = null, double? lon = null, string? cc = null)
    {
        // IDRISI offsets count code points (Python); .NET strings count UTF-16 units, and tweets carry emoji.
        start = Utf16Index(text, start);
        end = Utf16Index(text, end);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        while (start < end && (text[start] == '#' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }
        while (end > start && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }
        return new Gold(start, end, type, lat, lon, cc);
    }

    private static int Utf16Index(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        return i;
    }

    private static IEnumerable<(string Text, List<Gold> Gold)> ReadLmr(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString() ?? string.Empty;
            var gold = new List<Gold>();
            foreach (var m in doc.RootElement.GetProperty("location_mentions").EnumerateArray())
            {
                gold.Add(Trim(text, m.GetProperty("startIdx").GetInt32(), m.GetProperty("endIdx").GetInt32(), m.GetProperty("type").GetString() ?? string.Empty));
            }
            yield return (text, gold);
        }
    }

    private static IEnumerable<(string Text, List<Gold> Gold)> ReadLmd(string file)
    {
        foreach (var line in File.ReadLines(file))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString() ?? string.Empty;
            var gold = new List<Gold>();
            foreach (var m in doc.RootElement.GetProperty("location_mentions").EnumerateArray())
            {
                if (!m.TryGetProperty("osm_json", out var osm) || osm.ValueKind != JsonValueKind.Object
                    || !osm.TryGetProperty("lat", out var lat) || !osm.TryGetProperty("lon", out var lon))
                {
                    continue;
                }
                string? cc = null;
                if (osm.TryGetProperty("address", out var address) && address.TryGetProperty("country_code", out var c))
                {
                    cc = c.GetString()?.ToUpperInvariant();
                }
                gold.Add(Trim(text, m.GetProperty("start_offset").GetInt32(), m.GetProperty("end_offset").GetInt32(), m.GetProperty("type").GetString() ?? string.Empty,
                    double.Parse(lat.GetString()!, CultureInfo.InvariantCulture), double.Parse(lon.GetString()!, CultureInfo.InvariantCulture), cc));
            }
            yield return (text, gold);
        }
    }

    private static bool Overlaps(PlaceMention p, Gold g) => p.Start < g.End && g.Start < p.End;

    private sealed class Recognition
    {
        private int _tweets, _gold, _pred, _exactPred, _exactGold, _overlapPred, _overlapGold;

        public void Add(List<PlaceMention> pred, List<Gold> gold)
        {
            _tweets++;
            _gold += gold.Count;
            _pred += pred.Count;
            _exactPred += pred.Count(p => gold.Any(g => g.Start == p.Start && g.End == p.End));
            _exactGold += gold.Count(g => pred.Any(p => g.Start == p.Start && g.End == p.End));
            _overlapPred += pred.Count(p => gold.Any(g => Overlaps(p, g)));
            _overlapGold += gold.Count(g => pred.Any(p => Overlaps(p, g)));
        }

        public void Merge(Recognition r)
        {
            _tweets += r._tweets;
            _gold += r._gold;
            _pred += r._pred;
            _exactPred += r._exactPred;
            _exactGold += r._exactGold;
            _overlapPred += r._overlapPred;
            _overlapGold += r._overlapGold;
        }

        public string Row(string name)
        {
            var (pe, re, fe) = Prf(_exactPred, _pred, _exactGold, _gold);
            var (po, ro, fo) = Prf(_overlapPred, _pred, _overlapGold, _gold);
            return FormattableString.Invariant($"{name}\t{_tweets}\t{_gold}\t{_pred}\t{pe:F3}\t{re:F3}\t{fe:F3}\t{po:F3}\t{ro:F3}\t{fo:F3}");
        }

        private static (double P, double R, double F) Prf(int tpPred, int pred, int tpGold, int gold)
        {
            var p = pred == 0 ? 0 : (double)tpPred / pred;
            var r = gold == 0 ? 0 : (double)tpGold / gold;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private sealed class Resolution
    {
        private int _gold, _recognized, _within25, _within161, _country161;

        public void Add(List<PlaceMention> pred, List<Gold> gold)
        {
            foreach (var g in gold)
            {
                _gold++;
                var p = pred.FirstOrDefault(p => Overlaps(p, g) && p.Lat is not null);
                if (p is null)
                {
                    continue;
                }
                _recognized++;
                var d = GeoMath.DistanceKm(g.Lat!.Value, g.Lon!.Value, p.Lat!.Value, p.Lon!.Value);
                _within25 += d <= 25 ? 1 : 0;
                _within161 += d <= 161 ? 1 : 0;
                var countryRight = p.Precision == "country" && string.Equals(p.Country, g.Country, StringComparison.Ordinal);
                _country161 += d <= 161 || countryRight ? 1 : 0;
            }
        }

        public void Merge(Resolution r)
        {
            _gold += r._gold;
            _recognized += r._recognized;
            _within25 += r._within25;
            _within161 += r._within161;
            _country161 += r._country161;
        }

        public string Row(string name)
        {
            double Of(int n, int d) => d == 0 ? 0 : (double)n / d;
            return FormattableString.Invariant(
                $"{name}\t{_gold}\t{_recognized}\t{Of(_within25, _recognized):F3}\t{Of(_within161, _recognized):F3}\t{Of(_country161, _recognized):F3}\t{Of(_within25, _gold):F3}\t{Of(_within161, _gold):F3}");
        }
    }
}
