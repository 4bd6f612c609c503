using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Maintenances;
using Riok.Mapperly.Abstractions;

namespace Incidents.Application.Maintenances.Queries;

[Mapper]
public static partial class MaintenanceMapper
{
    public static MaintenanceDto ToDto(Maintenance maintenance) =>
        MapMaintenance(maintenance) with
        {
            Updates = maintenance
                .Updates.OrderByDescending(u => u.CreatedAt)
                .ThenByDescending(u => u.Id)
                .Select(MapUpdate)
                .ToList(),
        };

    [MapProperty(
        nameof(Maintenance.AffectedComponentIds),
        nameof(MaintenanceDto.AffectedComponents)
    )]
    [MapProperty(nameof(Maintenance.Notify), nameof(MaintenanceDto.IsNotify))]
    [MapperIgnoreTarget(nameof(MaintenanceDto.Updates))]
    [MapperIgnoreSource(nameof(Maintenance.PageId))]
    [MapperIgnoreSource(nameof(Maintenance.Version))]
    [MapperIgnoreSource(nameof(Maintenance.Sequence))]
    [MapperIgnoreSource(nameof(Maintenance.NextDueAt))]
    [MapperIgnoreSource(nameof(Maintenance.ReminderHandledAt))]
    [MapperIgnoreSource(nameof(Maintenance.IsActive))]
    [MapperIgnoreSource(nameof(Maintenance.IsFinished))]
    [MapperIgnoreSource(nameof(Maintenance.DomainEvents))]
    [MapperIgnoreSource(nameof(Maintenance.Updates))]
    private static partial MaintenanceDto MapMaintenance(Maintenance maintenance);

    [MapProperty(nameof(MaintenanceUpdate.Notify), nameof(MaintenanceUpdateDto.IsNotify))]
    [MapperIgnoreSource(nameof(MaintenanceUpdate.MaintenanceId))]
    public static partial MaintenanceUpdateDto MapUpdate(MaintenanceUpdate update);

    private static string StatusToString(MaintenanceStatus status) =>
        Vocabulary<MaintenanceStatus>.Display(status);
}
