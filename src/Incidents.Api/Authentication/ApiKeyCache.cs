using System.Collections.Concurrent;
using Incidents.Application.ApiKeys.Commands.AuthenticateApiKey;

namespace Incidents.Api.Authentication;

/// <summary>
/// Authenticated keys by hash, for a few seconds (<c>Auth:ApiKeyCacheSeconds</c>, default 5; 0
/// turns it off), so a burst of requests with one key reads the key once instead of once per
/// request (issue 16, ADR 0101). A revocation evicts at commit on this instance and, through the
/// Redis event bus, on the others; the lifetime bounds what an instance without that bus (or a
/// revocation from the CLI's own process) can miss. Only valid keys are cached: an unknown or
/// revoked key is looked up every time. The key's last-used time is still refreshed by the lookup
/// that follows an entry's end (so within its one-minute resolution plus the lifetime).
/// </summary>
internal sealed class ApiKeyCache(TimeSpan lifetime, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    public bool Enabled => lifetime > TimeSpan.Zero;

    /// <summary>The cached key for this hash, if still fresh.</summary>
    public AuthenticatedApiKey? Find(string hash)
    {
        if (!_entries.TryGetValue(hash, out var entry))
        {
            return null;
        }

        if (time.GetUtcNow() < entry.Until)
        {
            return entry.Key;
        }

        _entries.TryRemove(new KeyValuePair<string, Entry>(hash, entry));
        return null;
    }

    /// <summary>Read before looking the key up; <see cref="Store"/> refuses if an eviction came in between.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Keeps a key that was just found valid, unless any eviction happened since
    /// <paramref name="generation"/> was read (the lookup may predate a revocation).
    /// </summary>
    public void Store(string hash, AuthenticatedApiKey key, long generation)
    {
        if (!Enabled)
        {
            return;
        }

        _entries[hash] = new Entry(key, time.GetUtcNow() + lifetime);
        if (Generation != generation)
        {
            _entries.TryRemove(hash, out _);
        }
    }

    /// <summary>Forgets a revoked key everywhere in this instance.</summary>
    public void Evict(Guid apiKeyId)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (hash, entry) in _entries)
        {
            if (entry.Key.ApiKeyId == apiKeyId)
            {
                _entries.TryRemove(hash, out _);
            }
        }
    }

    private sealed record Entry(AuthenticatedApiKey Key, DateTimeOffset Until);
}
