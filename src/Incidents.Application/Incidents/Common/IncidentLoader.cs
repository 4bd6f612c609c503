using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Common;

/// <summary>Loads the caller's incident for a command; anything else is the seed's "Incident ID not found." (400).</summary>
public sealed class IncidentLoader(IIncidentRepository incidents, ICurrentCaller caller)
{
    public const string NotFoundMessage = "Incident ID not found.";

    public async Task<Incident> LoadForChangeAsync(
        Guid incidentId,
        CancellationToken cancellationToken
    ) =>
        await incidents.GetAsync(caller.PageId, incidentId, cancellationToken)
        ?? throw new InvalidRequestException(NotFoundMessage);

    /// <summary>The incident with only the timeline entry <paramref name="updateId"/> loaded (when it has it).</summary>
    public async Task<Incident> LoadWithUpdateForChangeAsync(
        Guid incidentId,
        Guid updateId,
        CancellationToken cancellationToken
    ) =>
        await incidents.GetWithUpdateAsync(caller.PageId, incidentId, updateId, cancellationToken)
        ?? throw new InvalidRequestException(NotFoundMessage);
}
