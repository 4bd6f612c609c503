using Incidents.Domain.Components;

namespace Incidents.Application.PublicStatus.Common;

/// <summary>One UTC day of a component's history bar: the worst status seen that day (null = not tracked yet).</summary>
public sealed record DayStatus(DateOnly Date, ComponentStatus? WorstStatus);
