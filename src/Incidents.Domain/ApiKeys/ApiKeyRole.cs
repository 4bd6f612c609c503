namespace Incidents.Domain.ApiKeys;

/// <summary>What a key may do. Each role includes the ones before it.</summary>
public enum ApiKeyRole
{
    Read = 0,
    Write = 1,
    Admin = 2,
}
