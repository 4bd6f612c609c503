using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Maintenances;

namespace Incidents.Application.PublicStatus.Common;

public static class PublicMaintenanceMapper
{
    /// <summary>The timeline newest first, like incidents (the same update shape, so the same rendering).</summary>
    public static PublicMaintenanceDto ToDto(Maintenance maintenance)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        return new PublicMaintenanceDto(
            maintenance.Id,
            maintenance.Title,
            Vocabulary<MaintenanceStatus>.Display(maintenance.Status),
            maintenance.ScheduledFor,
            maintenance.ScheduledUntil,
            maintenance.AffectedComponentIds,
            maintenance.CreatedAt,
            maintenance.UpdatedAt,
            maintenance.StartedAt,
            maintenance.CompletedAt,
            maintenance.CancelledAt,
            maintenance
                .Updates.OrderByDescending(u => u.CreatedAt)
                .ThenByDescending(u => u.Id)
                .Select(u => new PublicIncidentUpdateDto(
                    u.Id,
                    Vocabulary<MaintenanceStatus>.Display(u.Status),
                    u.Description,
                    u.CreatedAt,
                    null,
                    u.Translations
                ))
                .ToList(),
            maintenance.TitleTranslations
        );
    }
}
