using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>From <see cref="From"/> to <see cref="To"/>, the component was at least <see cref="Status"/> (a backfilled incident).</summary>
public sealed record StatusIntervalRow(
    Guid ComponentId,
    ComponentStatus Status,
    DateTimeOffset From,
    DateTimeOffset To
);
