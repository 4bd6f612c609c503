using Incidents.Domain.Common;

namespace Incidents.Domain.ApiKeys;

/// <summary>A key was revoked: every instance forgets what it had cached about it.</summary>
public sealed record ApiKeyRevoked(Guid ApiKeyId, Guid PageId, DateTimeOffset OccurredAt)
    : IDomainEvent;
