using System.Collections.Frozen;
using Incidents.Application.PublicStatus.Common;
using Microsoft.Extensions.Options;

namespace Incidents.Api.PublicStatus.Hosting;

/// <summary>
/// Hostname → page slug for every page, held whole in memory: an unknown Host costs a dictionary
/// miss, never a query. Reloaded after any hostname change on any instance (<see cref="Invalidate"/>,
/// called by <see cref="PageHostDirectoryInvalidator"/>), and at the latest after
/// StatusPage:CacheSeconds as a safety net when an instance missed the signal.
/// </summary>
public sealed class PageHostDirectory(
    IServiceScopeFactory scopes,
    IOptions<StatusPageOptions> options
) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _generation;

    public async ValueTask<string?> FindSlugAsync(
        string hostname,
        CancellationToken cancellationToken
    )
    {
        var snapshot = _snapshot;
        if (snapshot is null || Environment.TickCount64 - snapshot.LoadedAt > MaxAgeMs)
        {
            snapshot = await LoadAsync(cancellationToken);
        }

        return snapshot.Slugs.TryGetValue(hostname, out var slug) ? slug : null;
    }

    public void Dispose() => _loading.Dispose();

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    private long MaxAgeMs => Math.Max(1, options.Value.CacheSeconds) * 1000L;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && Environment.TickCount64 - fresh.LoadedAt <= MaxAgeMs)
            {
                return fresh;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var hostnames = await scope
                .ServiceProvider.GetRequiredService<IPublicStatusReader>()
                .ListHostnamesAsync(cancellationToken);
            var loaded = new Snapshot(
                hostnames.ToFrozenDictionary(StringComparer.Ordinal),
                Environment.TickCount64
            );
            // A change committed while loading: use this answer once, but do not keep it.
            if (Interlocked.Read(ref _generation) == generation)
            {
                _snapshot = loaded;
            }

            return loaded;
        }
        finally
        {
            _loading.Release();
        }
    }

    private sealed record Snapshot(FrozenDictionary<string, string> Slugs, long LoadedAt);
}
