using Incidents.Domain.Components;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Common;

/// <summary>
/// After an incident changes, recomputes the effective status of every component it affects or
/// affected, from all unresolved incidents of the page that touch them.
/// </summary>
public sealed class ComponentStatusSynchronizer(
    IComponentRepository components,
    IIncidentRepository incidents,
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
            .Where(i => i.Id != changed.Id)
            .ToList();
        if (!changed.IsResolved)
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
}
