using System.Text.Json;
using Incidents.Application.Audit.Common;

namespace Incidents.Application.Incidents.Commands.DeleteIncident;

/// <param name="Title">The deleted incident's title: the audit entry keeps it.</param>
public sealed record DeleteIncidentResult(Guid IncidentId, string Title) : IHasAuditDetails
{
    string? IHasAuditDetails.AuditDetails => JsonSerializer.Serialize(new { Title });
}
