namespace Incidents.Domain.Maintenances;

/// <summary>
/// What every maintenance event carries: the maintenance as it is after the change (window,
/// status, components, notify choice) and the timeline entry the change wrote, if any (a reminder
/// writes none: <see cref="UpdateId"/> is null and <see cref="Description"/> is the latest entry's).
/// </summary>
public sealed record MaintenanceChange(
    Guid MaintenanceId,
    Guid PageId,
    Guid? UpdateId,
    string Title,
    MaintenanceStatus Status,
    DateTimeOffset ScheduledFor,
    DateTimeOffset ScheduledUntil,
    string Description,
    IReadOnlyList<Guid> AffectedComponentIds,
    bool Notify,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string>? Translations = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null
);
