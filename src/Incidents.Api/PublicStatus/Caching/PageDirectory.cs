using System.Collections.Concurrent;
using Incidents.Application.PublicStatus.Common;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// Slug → page id (slugs never change, so positive answers are kept for the life of the process;
/// unknown slugs are not, so the map holds only real pages).
/// </summary>
public sealed class PageDirectory(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, Guid> _pages = new(StringComparer.Ordinal);

    public async ValueTask<Guid?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        if (_pages.TryGetValue(slug, out var id))
        {
            return id;
        }

        await using var scope = scopes.CreateAsyncScope();
        var page = await scope
            .ServiceProvider.GetRequiredService<IPublicStatusReader>()
            .FindPageAsync(slug, cancellationToken);
        if (page is null)
        {
            return null;
        }

        _pages[slug] = page.Id;
        return page.Id;
    }
}
