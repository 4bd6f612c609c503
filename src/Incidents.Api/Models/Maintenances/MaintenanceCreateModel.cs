using Incidents.Api.OpenApi;

namespace Incidents.Api.Models.Maintenances;

/// <summary>POST /api/admin/Maintenance. Times are ISO 8601 with an offset; AutoStart, AutoComplete and IsNotify default to true.</summary>
public sealed record MaintenanceCreateModel(
    [ContractRequired] string? Title,
    [ContractRequired] string? Description,
    [ContractRequired] DateTimeOffset? ScheduledFor,
    [ContractRequired] DateTimeOffset? ScheduledUntil,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? AutoStart,
    bool? AutoComplete,
    int? RemindBeforeMinutes,
    bool? IsNotify,
    RecurrenceModel? Recurrence,
    Guid? TemplateId,
    IReadOnlyDictionary<string, string?>? TitleTranslations = null,
    IReadOnlyDictionary<string, string?>? Translations = null
);
