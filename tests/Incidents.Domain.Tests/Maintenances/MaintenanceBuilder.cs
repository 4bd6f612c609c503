using Incidents.Domain.Maintenances;

namespace Incidents.Domain.Tests.Maintenances;

/// <summary>Schedules maintenances with sensible defaults: announced at <see cref="Now"/>, a window one to three hours later.</summary>
internal static class MaintenanceBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset For = Now.AddHours(1);
    public static readonly DateTimeOffset Until = Now.AddHours(3);

    public static Maintenance Schedule(
        string title = "Database upgrade",
        string description = "We will upgrade the primary database.",
        DateTimeOffset? scheduledFor = null,
        DateTimeOffset? scheduledUntil = null,
        IEnumerable<Guid>? components = null,
        bool autoStart = true,
        bool autoComplete = true,
        int? remindBeforeMinutes = null,
        bool notify = true,
        DateTimeOffset? now = null
    ) =>
        Maintenance.Schedule(
            Guid.NewGuid(),
            title,
            description,
            scheduledFor ?? For,
            scheduledUntil ?? Until,
            components ?? [],
            autoStart,
            autoComplete,
            remindBeforeMinutes,
            notify,
            now ?? Now
        );
}
