using Incidents.Domain.Common;

namespace Incidents.Domain.Integrations;

/// <summary>An integration was changed or deleted: every instance drops what it cached of it (token, secret, rules).</summary>
public sealed record IntegrationChanged(Guid IntegrationId, Guid PageId, DateTimeOffset OccurredAt)
    : IDomainEvent;
