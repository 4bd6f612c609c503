namespace Incidents.Domain.Maintenances;

/// <summary>Loads and adds maintenances of one page. It never saves: the unit of work commits once per command.</summary>
public interface IMaintenanceRepository
{
    /// <summary>The maintenance with its timeline, tracked for change, or null when the page has none with that id.</summary>
    Task<Maintenance?> GetAsync(
        Guid pageId,
        Guid maintenanceId,
        CancellationToken cancellationToken
    );

    /// <summary>In Progress or Verifying maintenances of the page that affect any of the components (untracked).</summary>
    Task<IReadOnlyList<Maintenance>> ListActiveAffectingAsync(
        Guid pageId,
        IReadOnlyCollection<Guid> componentIds,
        CancellationToken cancellationToken
    );

    /// <summary>The series' occurrences that are still Scheduled, tracked for change.</summary>
    Task<IReadOnlyList<Maintenance>> ListScheduledInSeriesAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    );

    /// <summary>The latest ScheduledFor among the series' occurrences (any state), or null when it has none.</summary>
    Task<DateTimeOffset?> LatestStartInSeriesAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    );

    void Add(Maintenance maintenance);
}
