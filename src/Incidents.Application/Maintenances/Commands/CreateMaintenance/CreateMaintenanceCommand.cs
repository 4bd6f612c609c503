using Incidents.Application.Audit.Common;
using Mediator;

namespace Incidents.Application.Maintenances.Commands.CreateMaintenance;

/// <summary>Announces a maintenance (and, with a Recurrence, a series whose first occurrence this is).</summary>
/// <param name="AutoStart">Defaults to true.</param>
/// <param name="AutoComplete">Defaults to true.</param>
/// <param name="IsNotify">Defaults to true (or to the template's choice).</param>
/// <param name="TemplateId">A Maintenance template whose Title, Description, AffectedComponents and IsNotify fill the fields the request leaves out.</param>
public sealed record CreateMaintenanceCommand(
    string? Title,
    string? Description,
    DateTimeOffset? ScheduledFor,
    DateTimeOffset? ScheduledUntil,
    IReadOnlyList<Guid>? AffectedComponents = null,
    bool? AutoStart = null,
    bool? AutoComplete = null,
    int? RemindBeforeMinutes = null,
    bool? IsNotify = null,
    RecurrenceInput? Recurrence = null,
    [property: NotAuditTarget] Guid? TemplateId = null,
    IReadOnlyDictionary<string, string?>? TitleTranslations = null,
    IReadOnlyDictionary<string, string?>? Translations = null
) : ICommand<Guid>;
