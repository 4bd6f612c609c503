using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

public sealed record IncidentUpdated(
    Guid IncidentId,
    Guid PageId,
    Guid UpdateId,
    string Title,
    IncidentStatus Status,
    IncidentImpact Impact,
    string Description,
    IReadOnlyList<Guid> AffectedComponentIds,
    bool Notify,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string>? Translations = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null
) : IDomainEvent;
