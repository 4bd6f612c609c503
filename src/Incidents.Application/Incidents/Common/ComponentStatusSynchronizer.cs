using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.Incidents.Common;

/// <summary>
/// After an incident or a maintenance changes, recomputes what is imposed on every component it
/// affects or affected — the impacts of all unresolved incidents of the page that touch them, and
/// whether any active maintenance covers them. The precedence between the two (an incident that
/// hurts the component wins over maintenance) is the component's own rule (<see cref="Component"/>).
/// </summary>
public sealed class ComponentStatusSynchronizer(
    IComponentRepository components,
    IIncidentRepository incidents,
    IMaintenanceRepository maintenances,
    TimeProvider timeProvider
)
{
    public async Task SynchronizeAsync(
        Incident changed,
        IEnumerable<Guid> componentIds,
        bool notify,
        CancellationToken cancellationToken
    )
    {
        var ids = componentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var affectedComponents = await components.ListAsync(changed.PageId, ids, cancellationToken);
        // The database still holds the changed incident as it was before this command, so it is
        // left out of the query and its in-memory state is taken instead.
        var others = (
            await incidents.ListUnresolvedAffectingAsync(changed.PageId, ids, cancellationToken)
        )
            .Where(i => i.Id != changed.Id && i.IsPublished)
            .ToList();
        // An unpublished incident is invisible to the public, its impact included.
        if (!changed.IsResolved && !changed.IsDeleted && changed.IsPublished)
        {
            others.Add(changed);
        }

        var now = timeProvider.GetUtcNow();
        foreach (var component in affectedComponents)
        {
            var impacts = others
                .Where(i => i.AffectedComponentIds.Contains(component.Id))
                .Select(i => i.Impact);
            component.ApplyIncidentImpacts(impacts, changed.Id, notify, now);
        }
    }

    public async Task SynchronizeAsync(
        Maintenance changed,
        IEnumerable<Guid> componentIds,
        bool notify,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(changed);
        var ids = componentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var affectedComponents = await components.ListAsync(changed.PageId, ids, cancellationToken);
        // As for incidents: the changed maintenance's in-memory state, the others' stored state.
        var active = (
            await maintenances.ListActiveAffectingAsync(changed.PageId, ids, cancellationToken)
        )
            .Where(m => m.Id != changed.Id)
            .ToList();
        if (changed.IsActive)
        {
            active.Add(changed);
        }

        var now = timeProvider.GetUtcNow();
        foreach (var component in affectedComponents)
        {
            component.ApplyMaintenance(
                active.Any(m => m.AffectedComponentIds.Contains(component.Id)),
                changed.Id,
                notify,
                now
            );
        }
    }
}
