using Incidents.Domain.Incidents;

namespace Incidents.Domain.Tests.Incidents;

/// <summary>Opens incidents with sensible defaults so each test states only what it is about.</summary>
internal static class IncidentBuilder
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static Incident Open(
        Guid? pageId = null,
        string title = "API errors",
        string description = "We are investigating elevated error rates.",
        IncidentStatus status = IncidentStatus.Investigating,
        IncidentImpact impact = IncidentImpact.PartialOutage,
        IEnumerable<Guid>? affectedComponentIds = null,
        bool notify = true,
        DateTimeOffset? now = null,
        string? externalId = null
    ) =>
        Incident.Open(
            pageId ?? Guid.NewGuid(),
            title,
            description,
            status,
            impact,
            affectedComponentIds ?? [],
            notify,
            now ?? OpenedAt,
            externalId
        );
}
