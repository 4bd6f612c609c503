using System.Collections.Concurrent;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// The in-memory snapshot of public answers, per page. A write evicts the whole page at once
/// (<see cref="Evict"/>); a per-page version stops an answer rendered before a write from being
/// stored after it. Entries per page are capped, because the known query parameters (page, month, status)
/// still come from clients.
/// </summary>
public sealed class PublicResponseCache
{
    public const int MaxEntriesPerPage = 512;

    private readonly ConcurrentDictionary<Guid, PageEntries> _pages = new();

    public long Version(Guid pageId) => Entries(pageId).Version;

    public bool TryGet(
        Guid pageId,
        string key,
        long now,
        long maxAgeMs,
        out CachedResponse response
    )
    {
        if (
            _pages.TryGetValue(pageId, out var page)
            && page.Responses.TryGetValue(key, out response!)
            && now - response.StoredAt < maxAgeMs
        )
        {
            return true;
        }

        response = null!;
        return false;
    }

    /// <summary>Stores unless a write on the page committed since <paramref name="version"/> was read.</summary>
    public void Store(Guid pageId, long version, string key, CachedResponse response)
    {
        var page = Entries(pageId);
        if (page.Version != version || page.Responses.Count >= MaxEntriesPerPage)
        {
            return;
        }

        page.Responses[key] = response;
        // A write may have evicted between the check and the store: undo in that case.
        if (page.Version != version)
        {
            page.Responses.TryRemove(key, out _);
        }
    }

    public void Evict(Guid pageId)
    {
        var page = Entries(pageId);
        Interlocked.Increment(ref page.Version);
        page.Responses.Clear();
    }

    /// <summary>Coalesces concurrent misses for one key: the first caller renders, the rest wait for it.</summary>
    public ConcurrentDictionary<string, Task<RenderOutcome>> InFlight { get; } = new();

    private PageEntries Entries(Guid pageId) => _pages.GetOrAdd(pageId, _ => new PageEntries());

    private sealed class PageEntries
    {
#pragma warning disable CA1051 // a field, so Interlocked can increment it
        public long Version;
#pragma warning restore CA1051

        public ConcurrentDictionary<string, CachedResponse> Responses { get; } =
            new(StringComparer.Ordinal);
    }
}
