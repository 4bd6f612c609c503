using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Components;

namespace Incidents.Application.Components.Common;

/// <summary>Names are unique per page (a unique index backs this up under concurrency).</summary>
public sealed class ComponentNameGuard(IComponentRepository components)
{
    public async Task EnsureAvailableAsync(
        Guid pageId,
        string name,
        Guid? exceptComponentId,
        CancellationToken cancellationToken
    )
    {
        if (
            await components.NameExistsAsync(
                pageId,
                name.Trim(),
                exceptComponentId,
                cancellationToken
            )
        )
        {
            throw new InvalidRequestException($"A component named '{name.Trim()}' already exists.");
        }
    }
}
