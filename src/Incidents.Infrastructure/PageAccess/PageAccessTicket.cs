namespace Incidents.Infrastructure.PageAccess;

/// <summary>What a session cookie or a sign-in link says: which page, at which access version, for whom, until when.</summary>
public sealed record PageAccessTicket(
    Guid PageId,
    int AccessVersion,
    string Subject,
    DateTimeOffset ExpiresAt
);
