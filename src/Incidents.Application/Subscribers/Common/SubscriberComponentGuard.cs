using Incidents.Application.Common.Exceptions;
using Incidents.Application.Components.Queries;

namespace Incidents.Application.Subscribers.Common;

/// <summary>A component filter may name only the page's own components.</summary>
public sealed class SubscriberComponentGuard(IComponentReadRepository components)
{
    public async Task EnsureExistAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        if (componentIds.Count == 0)
        {
            return;
        }

        var known = (await components.ListAsync(pageId, cancellationToken))
            .Select(c => c.Id)
            .ToHashSet();
        var missing = componentIds.FirstOrDefault(id => !known.Contains(id));
        if (missing != Guid.Empty || componentIds.Contains(Guid.Empty))
        {
            throw new InvalidRequestException($"Component {missing} not found.");
        }
    }
}
