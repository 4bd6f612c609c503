using Incidents.Application.Incidents.Queries;
using Incidents.Domain.Incidents;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

/// <summary>A bug stand-in: every read throws something the service does not expect.</summary>
public sealed class FailingIncidentReadRepository : IIncidentReadRepository
{
    public Task<Incident?> GetAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    ) => throw new InvalidOperationException("Simulated defect.");

    public Task<(IReadOnlyList<Incident> Items, int TotalCount)> ListAsync(
        Guid pageId,
        bool? resolved,
        int page,
        int pageSize,
        CancellationToken cancellationToken
    ) => throw new InvalidOperationException("Simulated defect.");
}
