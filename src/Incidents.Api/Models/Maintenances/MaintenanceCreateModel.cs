namespace Incidents.Api.Models.Maintenances;

/// <summary>POST /api/admin/Maintenance. Times are ISO 8601 with an offset; AutoStart, AutoComplete and IsNotify default to true.</summary>
public sealed record MaintenanceCreateModel(
    string? Title,
    string? Description,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? ScheduledUntil,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? AutoStart,
    bool? AutoComplete,
    int? RemindBeforeMinutes,
    bool? IsNotify,
    RecurrenceModel? Recurrence,
    Guid? TemplateId
);
