using Incidents.Api.PublicStatus.Caching;
using Incidents.Api.PublicStatus.Compression;

namespace Incidents.Api.Tests.StatusPage;

public sealed class PublicResponseCacheTests
{
    private static CachedResponse Entry(string text) =>
        new(
            EncodedRepresentations.Create(
                System.Text.Encoding.UTF8.GetBytes(text),
                "text/plain",
                "\"e\""
            ),
            "text/plain",
            0
        );

    [Fact]
    public void Store_WhenAWriteEvictedDuringTheRender_DoesNotStore()
    {
        var cache = new PublicResponseCache();
        var page = Guid.NewGuid();
        var versionAtRenderStart = cache.Version(page);

        cache.Evict(page);
        cache.Store(page, versionAtRenderStart, "/S", Entry("stale"));

        Assert.False(cache.TryGet(page, "/S", 0, 60_000, out _));
    }

    [Fact]
    public void Evict_WithTwoPages_RemovesOnlyThatPagesAnswers()
    {
        var cache = new PublicResponseCache();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        cache.Store(first, cache.Version(first), "/S", Entry("first"));
        cache.Store(second, cache.Version(second), "/S", Entry("second"));

        cache.Evict(first);

        Assert.False(cache.TryGet(first, "/S", 0, 60_000, out _));
        Assert.True(cache.TryGet(second, "/S", 0, 60_000, out var kept));
        Assert.Equal("second"u8.ToArray(), kept.Representations.Identity.Body);
    }

    [Fact]
    public void TryGet_WhenOlderThanMaxAge_Misses()
    {
        var cache = new PublicResponseCache();
        var page = Guid.NewGuid();
        cache.Store(page, cache.Version(page), "/S", Entry("old"));

        Assert.True(cache.TryGet(page, "/S", 59_999, 60_000, out _));
        Assert.False(cache.TryGet(page, "/S", 60_000, 60_000, out _));
    }

    [Fact]
    public void Store_BeyondThePerPageCap_KeepsMemoryBounded()
    {
        var cache = new PublicResponseCache();
        var page = Guid.NewGuid();
        for (var i = 0; i <= PublicResponseCache.MaxEntriesPerPage; i++)
        {
            cache.Store(page, cache.Version(page), $"/S?page={i}", Entry("x"));
        }

        Assert.True(cache.TryGet(page, "/S?page=0", 0, 60_000, out _));
        Assert.False(
            cache.TryGet(page, $"/S?page={PublicResponseCache.MaxEntriesPerPage}", 0, 60_000, out _)
        );
    }
}
