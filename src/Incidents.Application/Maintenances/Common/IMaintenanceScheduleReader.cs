namespace Incidents.Application.Maintenances.Common;

/// <summary>
/// The scheduler's view across all pages: which maintenances the clock has work for. Both reads
/// are one indexed query on the maintenance's NextDueAt.
/// </summary>
public interface IMaintenanceScheduleReader
{
    /// <summary>Maintenances whose next due time has come, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DueMaintenance>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken
    );

    /// <summary>The earliest due time of any maintenance, or null when the clock has nothing to do.</summary>
    Task<DateTimeOffset?> NextDueAtAsync(CancellationToken cancellationToken);
}
