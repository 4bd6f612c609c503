using Mediator;

namespace Incidents.Application.Incidents.Commands.UpdateIncident;

/// <summary>
/// The seed's IncidentUpdateModel. Null fields keep their current values; a Status of Resolved
/// resolves the incident with this Description. A TemplateId fills the Description, Status, Impact,
/// AffectedComponents and IsNotify the request leaves out from an Incident template. Publish true
/// publishes an unpublished incident (false is ignored: a published incident cannot be hidden again).
/// </summary>
public sealed record UpdateIncidentCommand(
    Guid? IncidentId,
    string? Description,
    string? Status,
    string? Impact = null,
    IReadOnlyList<Guid>? AffectedComponents = null,
    bool? IsNotify = null,
    Guid? TemplateId = null,
    bool? Publish = null,
    IReadOnlyDictionary<string, string?>? Translations = null
) : ICommand<Unit>;
