using Incidents.Api.OpenApi;
using Incidents.Domain.Incidents;

namespace Incidents.Api.Models.Incidents;

/// <summary>The seed's IncidentUpdateModel, plus optional Impact, AffectedComponents, IsNotify, TemplateId and Publish (true publishes an unpublished incident).</summary>
public sealed record IncidentUpdateModel(
    [ContractRequired] Guid? IncidentId,
    [ContractRequired] string? Description,
    [Vocabulary(typeof(IncidentStatus))] string? Status,
    [Vocabulary(typeof(IncidentImpact))] string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    Guid? TemplateId,
    bool? Publish = null,
    IReadOnlyDictionary<string, string?>? Translations = null
);
