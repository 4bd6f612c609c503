using Incidents.Domain.Components;

namespace Incidents.Application.Components.Queries;

/// <summary>The read side for components: untracked, always scoped to one page.</summary>
public interface IComponentReadRepository
{
    Task<Component?> GetAsync(Guid pageId, Guid componentId, CancellationToken cancellationToken);

    /// <summary>The page's components in display order (then name).</summary>
    Task<IReadOnlyList<Component>> ListAsync(Guid pageId, CancellationToken cancellationToken);
}
