using Incidents.Application.Audit.Common;
using Mediator;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

/// <summary>
/// The seed's IncidentCreateModel, plus an optional ExternalId for deduplicating automation, an
/// optional TemplateId whose values fill the fields the request leaves out, and Publish (default
/// true; false keeps the incident off the public page and unnotified).
/// </summary>
public sealed record CreateIncidentCommand(
    string? Title,
    string? Description,
    string? Status,
    string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    string? ExternalId = null,
    [property: NotAuditTarget] Guid? TemplateId = null,
    bool? Publish = null,
    IReadOnlyDictionary<string, string?>? TitleTranslations = null,
    IReadOnlyDictionary<string, string?>? Translations = null
) : ICommand<CreateIncidentResult>;
