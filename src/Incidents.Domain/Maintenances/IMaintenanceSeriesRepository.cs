namespace Incidents.Domain.Maintenances;

public interface IMaintenanceSeriesRepository
{
    /// <summary>The series, tracked for change, or null when the page has none with that id.</summary>
    Task<MaintenanceSeries?> GetAsync(
        Guid pageId,
        Guid seriesId,
        CancellationToken cancellationToken
    );

    void Add(MaintenanceSeries series);
}
