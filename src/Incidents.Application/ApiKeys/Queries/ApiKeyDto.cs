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
);
