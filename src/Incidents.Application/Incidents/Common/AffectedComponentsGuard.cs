using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Components;

namespace Incidents.Application.Incidents.Common;

/// <summary>An incident may only name components of its own page (tenancy: others are "not found").</summary>
public sealed class AffectedComponentsGuard(IComponentRepository components)
{
    public async Task EnsureOnPageAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    )
    {
        if (componentIds.Count == 0)
        {
            return;
        }

        var found = await components.ListAsync(pageId, componentIds, cancellationToken);
        var missing = componentIds.Distinct().Except(found.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidRequestException($"Component {missing[0]} not found.");
        }
    }
}
