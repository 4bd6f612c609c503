using Incidents.Domain.Common;

namespace Incidents.Domain.Incidents;

public sealed record IncidentResolved(
    Guid IncidentId,
    Guid PageId,
    Guid UpdateId,
    string Title,
    IncidentImpact Impact,
    string Description,
    IReadOnlyList<Guid> AffectedComponentIds,
    bool Notify,
    DateTimeOffset OccurredAt,
    IReadOnlyDictionary<string, string>? Translations = null,
    IReadOnlyDictionary<string, string>? TitleTranslations = null
) : IDomainEvent;
