using System.Diagnostics;
using System.Globalization;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Pipeline;

/// <summary>
/// Article in, SPEC §4 result out: analyzes the body once and runs the stages over it. Stateless
/// between articles and safe to share across threads as long as its stages are.
/// </summary>
public sealed class MarsadPipeline(IReadOnlyList<IExtractionStage> stages)
{
    /// <summary>The pipeline with every stage the library ships, built from embedded data.</summary>
    public static MarsadPipeline CreateDefault() => new(DefaultStages.Create());

    /// <summary>The default pipeline extracting up to <paramref name="windowThreads"/> windows of a very long body at once.</summary>
    public static MarsadPipeline CreateDefault(int windowThreads) => new(DefaultStages.Create()) { WindowThreads = windowThreads };

    /// <summary>
    /// Starts loading the embedded gazetteer and models on the thread pool and returns at once.
    /// They are independent and load one after the other on first use otherwise: about 0.9 s of a
    /// command's 1.5 s start-up, which a second core halves while the caller builds its stages and
    /// reads its input. A load that fails fails again, with its own error, where the stage first
    /// asks for it (each is a thread-safe lazy value that keeps its exception).
    /// </summary>
    public static void StartLoading()
    {
        _ = Task.Run(() => Geo.Gazetteer.Default);
        _ = Task.Run(Learning.EventModels.LoadAll);
    }

    /// <summary>The default stages with the hand rules deciding where a trained model would: for the rules' own tests and for comparisons.</summary>
    public static MarsadPipeline CreateRulesOnly() => new(DefaultStages.Create(learned: false));

    private readonly long[] _ticks = new long[stages.Count + 1];

    public IReadOnlyList<IExtractionStage> Stages { get; } = stages;

    /// <summary>How many windows of one very long body are extracted at once (see <see cref="BodyWindows"/>); 1 runs them in turn.</summary>
    public int WindowThreads { get; init; } = 1;

    /// <summary>Time spent so far in the text layer and in each stage, for the CLI's own timing report.</summary>
    public IReadOnlyList<(string Stage, TimeSpan Time)> Timings =>
        [("text layer", TimeSpan.FromTicks(Interlocked.Read(ref _ticks[0]) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)),
         .. Stages.Select((s, i) => (s.GetType().Name, TimeSpan.FromTicks(Interlocked.Read(ref _ticks[i + 1]) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)))];

    public ExtractionResult Extract(Article article) => Extract(article, null);

    /// <summary>Whether a body this long is extracted window by window (<see cref="BodyWindows"/>).</summary>
    public static bool ExtractsInWindows(int bodyLength) => bodyLength > BodyWindows.WindowChars;

    /// <summary>Extracts with every candidate event recorded in <paramref name="log"/> (training), or as usual when it is null.</summary>
    internal ExtractionResult Extract(Article article, Learning.CandidateLog? log)
    {
        // Training logs candidates with spans of the whole body, and no training article is long.
        if (log is null && ExtractsInWindows(article.Body.Length))
        {
            return ExtractWindows(article);
        }
        var (events, places, actors) = Run(article, log);
        // Training logs the body's candidates only; the headline changes records, not candidates.
        if (log is null)
        {
            ReadHeadline(article, events, actors);
        }
        return new ExtractionResult { Document = Describe(article), Events = events, Places = places, Actors = actors };
    }

    /// <summary>
    /// Reads the title as an article of its own (same text layer and stages, its own offsets, which
    /// never reach the output) and lends the doer it opens with to the body's doerless deed of its
    /// verb (<see cref="HeadlineDoer"/>). The title is read only when the body has a deed with no
    /// doer (about one pool article in five), so most articles pay nothing for it.
    /// </summary>
    private void ReadHeadline(Article article, List<EventRecord> events, List<ActorMention> actors)
    {
        if (!HeadlineDoer.Wanted(article.Title, events))
        {
            return;
        }
        HeadlineDoer.Opening? opening = null;
        var (told, _, _) = Run(article with { Body = article.Title!, Title = null }, null, inspect: c => opening = HeadlineDoer.OpeningOf(c));
        if (opening is { } o)
        {
            HeadlineDoer.Lend(events, actors, told, o);
        }
    }

    /// <summary>
    /// A very long body (a whole feed pasted as one article, text without punctuation) is extracted
    /// window by window (<see cref="BodyWindows"/>): memory holds one window's text layer and
    /// candidates at a time, and every offset is moved back into the whole body. Each window is read
    /// as an article of its own with the article's metadata (publication date, dateline): its places
    /// settle homonyms by the country it names, and events are merged within it, not across windows.
    /// </summary>
    private ExtractionResult ExtractWindows(Article article)
    {
        var body = article.Body;
        var starts = BodyWindows.Starts(body);
        var parts = new (List<EventRecord> Events, List<PlaceMention> Places, List<ActorMention> Actors)[starts.Count];
        // A spelling's string and readings are the same in every window: made once for the body.
        var forms = new SharedWordForms();
        void RunWindow(int w)
        {
            var offset = starts[w];
            var end = w + 1 < starts.Count ? starts[w + 1] : body.Length;
            var (events, places, actors) = Run(article with { Body = body[offset..end] }, null, forms);
            parts[w] = ([.. events.Select(e => e with { Evidence = e.Evidence with { Start = e.Evidence.Start + offset, End = e.Evidence.End + offset } })],
                [.. places.Select(p => p with { Start = p.Start + offset, End = p.End + offset })],
                [.. actors.Select(a => a with { Start = a.Start + offset, End = a.End + offset })]);
        }
        if (WindowThreads > 1)
        {
            // Windows are independent, so several run at once; results are joined in body order.
            Parallel.For(0, starts.Count, new ParallelOptions { MaxDegreeOfParallelism = WindowThreads }, RunWindow);
        }
        else
        {
            for (var w = 0; w < starts.Count; w++)
            {
                RunWindow(w);
            }
        }
        List<EventRecord> all = [.. parts.SelectMany(p => p.Events)];
        List<ActorMention> actors = [.. parts.SelectMany(p => p.Actors)];
        ReadHeadline(article, all, actors);
        return new ExtractionResult
        {
            Document = Describe(article),
            Events = all,
            Places = [.. parts.SelectMany(p => p.Places)],
            Actors = actors,
        };
    }

    private (List<EventRecord> Events, List<PlaceMention> Places, List<ActorMention> Actors) Run(Article article, Learning.CandidateLog? log, SharedWordForms? forms = null, Action<ExtractionContext>? inspect = null)
    {
        var start = Stopwatch.GetTimestamp();
        var text = AnalyzedText.Analyze(article.Body, forms);
        var context = new ExtractionContext(article, text) { CandidateLog = log };
        var mark = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[0], mark - start);
        for (var i = 0; i < Stages.Count; i++)
        {
            Stages[i].Run(context);
            var now = Stopwatch.GetTimestamp();
            Interlocked.Add(ref _ticks[i + 1], now - mark);
            mark = now;
        }
        inspect?.Invoke(context);
        (List<EventRecord> Events, List<PlaceMention> Places, List<ActorMention> Actors) result = (context.Events,
            [.. PlaceHit.Output(context.Places, context.Sites, article.Body)],
            [.. context.Actors.Select(a => new ActorMention(a.Span.Cut(article.Body), a.Span.Start, a.Span.End, a.ActorId))]);
        // The output holds strings and records, not the text: its buffers go back to this thread's
        // pools for the next window or article. Training's log keeps candidates that point into it.
        if (log is null)
        {
            text.Release();
        }
        return result;
    }

    public static DocumentInfo Describe(Article article) => new()
    {
        Id = article.Id,
        Source = article.Source,
        Title = article.Title,
        Author = article.Author,
        Dateline = article.Dateline,
        Published = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PublishedSource = article.Published is null ? null : article.PublishedSource,
        Body = article.Body,
    };
}
