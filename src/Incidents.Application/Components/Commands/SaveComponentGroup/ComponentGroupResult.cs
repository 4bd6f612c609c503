using System.Text.Json;
using Incidents.Application.Audit.Common;

namespace Incidents.Application.Components.Commands.SaveComponentGroup;

/// <param name="Name">The group's name after the change; the audit entry keeps it (a group has no id of its own).</param>
/// <param name="PreviousName">The name before, when it existed.</param>
public sealed record ComponentGroupResult(string Name, string? PreviousName) : IHasAuditDetails
{
    string? IHasAuditDetails.AuditDetails =>
        JsonSerializer.Serialize(new { Group = Name, PreviousName });
}
