using Incidents.Application.PublicStatus.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.StatuspageCompatibility.Queries.GetStatuspageSnapshot;

/// <param name="Worst">The worst current status (the banner's), from which the indicator comes.</param>
/// <param name="Components">In display order (group, order, name), untracked.</param>
/// <param name="Incidents">The latest <see cref="GetStatuspageSnapshotQueryHandler.Latest"/> and every unresolved one, newest first, with timelines.</param>
/// <param name="Maintenances">The latest <see cref="GetStatuspageSnapshotQueryHandler.Latest"/> that are not cancelled and every open one, latest window first, with timelines.</param>
/// <param name="UpdatedAt">The last change anywhere on the page among what is loaded.</param>
public sealed record StatuspageSnapshot(
    PublicPageDto Page,
    ComponentStatus Worst,
    IReadOnlyList<Component> Components,
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<Maintenance> Maintenances,
    DateTimeOffset UpdatedAt
);
