using System.Text.Json;

namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>The audit entry's details of a change about a person: their email (the id alone says little once they are deleted) and the role.</summary>
public static class ConsoleUserAuditDetails
{
    public static string Of(string email, string? role = null, string? previousRole = null) =>
        JsonSerializer.Serialize(
            new Dictionary<string, string?>
            {
                ["Email"] = email,
                ["Role"] = role,
                ["PreviousRole"] = previousRole,
            }
                .Where(p => p.Value is not null)
                .ToDictionary(p => p.Key, p => p.Value)
        );
}
