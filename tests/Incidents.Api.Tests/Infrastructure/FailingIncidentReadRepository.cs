using Incidents.Application.Incidents.Queries;
using Incidents.Domain.Incidents;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>A bug stand-in: every read throws something the service does not expect.</summary>
public sealed class FailingIncidentReadRepository : IIncidentReadRepository
{
    /// <summary>What a real defect's text might hold: it must never reach a client.</summary>
    public const string SecretDetails =
        "Simulated defect: secret connection string and stack trace";

    public Task<Incident?> GetAsync(
        Guid pageId,
        Guid incidentId,
        CancellationToken cancellationToken
    ) => throw new SimulatedDefectException(SecretDetails);

    public Task<(IReadOnlyList<Incident> Items, int TotalCount)> ListAsync(
        Guid pageId,
        bool? resolved,
        int page,
        int pageSize,
        CancellationToken cancellationToken,
        bool publishedOnly = false
    ) => throw new SimulatedDefectException(SecretDetails);

    public Task<IReadOnlyList<string>> ListExternalIdsAsync(
        Guid pageId,
        string prefix,
        CancellationToken cancellationToken
    ) => throw new SimulatedDefectException(SecretDetails);
}
