using Incidents.Api.OpenApi;
using Incidents.Domain.Incidents;

namespace Incidents.Api.Models.Incidents;

/// <summary>The seed's IncidentCreateModel (plus ExternalId, TemplateId and Publish). Enum-like fields are strings so that a wrong value gets our message.</summary>
public sealed record IncidentCreateModel(
    [ContractRequired] string? Title,
    [ContractRequired] string? Description,
    [Vocabulary(typeof(IncidentStatus))] string? Status,
    [Vocabulary(typeof(IncidentImpact))] string? Impact,
    IReadOnlyList<Guid>? AffectedComponents,
    bool? IsNotify,
    string? ExternalId,
    Guid? TemplateId,
    bool? Publish = null,
    IReadOnlyDictionary<string, string?>? TitleTranslations = null,
    IReadOnlyDictionary<string, string?>? Translations = null
);
