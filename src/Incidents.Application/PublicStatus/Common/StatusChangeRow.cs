using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>From <see cref="ChangedAt"/> on, the component was <see cref="Status"/>.</summary>
public sealed record StatusChangeRow(
    Guid ComponentId,
    ComponentStatus Status,
    DateTimeOffset ChangedAt
);
