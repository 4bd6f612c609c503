using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.ApiKeys;

namespace Incidents.Application.ApiKeys.Queries;

/// <summary>A key as listed: never its secret, only the prefix that identifies it.</summary>
public sealed record ApiKeyDto(
    Guid Id,
    string Name,
    string Prefix,
    string Role,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt
)
{
    public static ApiKeyDto From(ApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(
            key.Id,
            key.Name,
            key.Prefix,
            Vocabulary<ApiKeyRole>.Display(key.Role),
            key.CreatedAt,
            key.LastUsedAt,
            key.RevokedAt
        );
    }
}
