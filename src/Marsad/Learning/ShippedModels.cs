namespace Marsad.Learning;

/// <summary>
/// Where the models embedded in the library (data/models, as <see cref="EventModels"/> and
/// <see cref="Geo.ToponymTagger.Default"/> load them) may not be read: inside <c>marsad train</c>.
/// A trainer that read them would learn from candidates the previous retrain's models made, so a
/// retrain would depend on what was shipped and not only on the corpus; session 38 suspected that
/// cause when <c>train --check</c> said DIFFERENT right after a retrain. Each stage of training is
/// handed the models trained before it in the same run (<see cref="CandidateLog"/>), and a read of
/// a shipped one inside <see cref="Refuse"/> throws instead of going unnoticed.
/// </summary>
internal static class ShippedModels
{
    // Async-local, not process-wide: the tests extract with the shipped models on other threads meanwhile.
    private static readonly AsyncLocal<string?> RefusedBy = new();

    /// <summary>Until the result is disposed, reading a shipped model on this flow of control throws.</summary>
    /// <param name="by">What refuses them, for the message (<c>marsad train</c>).</param>
    public static IDisposable Refuse(string by)
    {
        var before = RefusedBy.Value;
        RefusedBy.Value = by;
        return new Scope(before);
    }

    /// <summary>The shipped model <paramref name="name"/>, loaded once, unless a <see cref="Refuse"/> scope is open.</summary>
    public static T Read<T>(Lazy<T> model, string name) => RefusedBy.Value is { } by
        ? throw new InvalidOperationException($"{by} read the shipped model {name}: it must use the model trained earlier in the same run, or none")
        : model.Value;

    private sealed class Scope(string? before) : IDisposable
    {
        public void Dispose() => RefusedBy.Value = before;
    }
}
