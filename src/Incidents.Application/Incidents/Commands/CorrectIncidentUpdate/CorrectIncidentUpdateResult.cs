using System.Text.Json;
using Incidents.Application.Audit.Common;

namespace Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;

/// <param name="PreviousDescription">The text before the correction: the audit entry keeps it.</param>
public sealed record CorrectIncidentUpdateResult(
    Guid IncidentId,
    Guid UpdateId,
    string PreviousDescription
) : IHasAuditDetails
{
    string? IHasAuditDetails.AuditDetails =>
        JsonSerializer.Serialize(new { UpdateId, PreviousDescription });
}
