using System.Collections.Concurrent;
using System.Net;
using Incidents.Application.Pages.Queries.GetPageAccessRules;
using Mediator;

namespace Incidents.Api.PublicStatus.Access;

/// <summary>
/// Page id → its access rules, in memory: checking a request costs a dictionary lookup. A change
/// (<c>PageAccessChanged</c>, here or forwarded from another instance) drops the page's entry at
/// once; entries also expire after <see cref="MaxAge"/>, the bound for instances without Redis.
/// </summary>
public sealed class PageAccessDirectory(IServiceScopeFactory scopes)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, PageAccessEntry> _entries = new();

    public async ValueTask<PageAccessEntry?> GetAsync(
        Guid pageId,
        CancellationToken cancellationToken
    )
    {
        var now = Environment.TickCount64;
        if (
            _entries.TryGetValue(pageId, out var entry)
            && now - entry.LoadedAt < (long)MaxAge.TotalMilliseconds
        )
        {
            return entry;
        }

        await using var scope = scopes.CreateAsyncScope();
        var rules = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(new GetPageAccessRulesQuery(pageId), cancellationToken);
        if (rules is null)
        {
            _entries.TryRemove(pageId, out _);
            return null;
        }

        entry = new PageAccessEntry(
            rules,
            [.. rules.IpAllowList.Select(r => IPNetwork.Parse(r))],
            now
        );
        _entries[pageId] = entry;
        return entry;
    }

    public void Invalidate(Guid pageId) => _entries.TryRemove(pageId, out _);
}
