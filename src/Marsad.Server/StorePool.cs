using System.Collections.Concurrent;
using Marsad.Store;

namespace Marsad.Server;

/// <summary>
/// Open store connections shared by requests. A <see cref="MarsadStore"/> is one connection and not
/// thread-safe, so each request rents one; at most <c>size</c> are open, and a request beyond that
/// waits (asynchronously) for one to come back. SQLite readers run side by side under WAL; writers
/// take turns through SQLite's busy timeout; PostgreSQL takes any mix.
/// </summary>
public sealed class StorePool : IDisposable
{
    private readonly ConcurrentBag<MarsadStore> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly string _location;

    public StorePool(string location, int size)
    {
        _location = location;
        _slots = new SemaphoreSlim(Math.Max(1, size));
        // Opened once now: a wrong store fails at start, not at the first request.
        _idle.Add(MarsadStore.Open(location));
    }

    public string Display => _idle.TryPeek(out var s) ? s.Path : _location;

    public async Task<Lease> RentAsync(CancellationToken cancel)
    {
        await _slots.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return new Lease(this, _idle.TryTake(out var store) ? store : MarsadStore.Open(_location));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private void Return(MarsadStore store, bool broken)
    {
        if (broken)
        {
            store.Dispose();
        }
        else
        {
            _idle.Add(store);
        }
        _slots.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var store))
        {
            store.Dispose();
        }
        _slots.Dispose();
    }

    /// <summary>One rented connection; a request that saw it fail marks it <see cref="Broken"/> so it is closed, not reused.</summary>
    public sealed class Lease(StorePool pool, MarsadStore store) : IDisposable
    {
        public MarsadStore Store { get; } = store;

        public bool Broken { get; set; }

        public void Dispose() => pool.Return(Store, Broken);
    }
}
