namespace Incidents.Infrastructure.Maintenances;

/// <summary>What one scheduler pass did, and when the next one is due.</summary>
public sealed record SchedulerPass(int Transitions, bool AnyFailed, DateTimeOffset? NextDueAt);
