namespace Incidents.Application.Common.Idempotency;

/// <summary>Completed answers to idempotent requests, per page and key, kept until they expire.</summary>
public interface IIdempotencyStore
{
    /// <summary>The unexpired record for this key (completed or still in flight), or null.</summary>
    Task<IdempotencyRecord?> FindAsync(
        Guid pageId,
        string key,
        CancellationToken cancellationToken
    );

    /// <summary>Stores the answer of a request whose in-flight marker this caller holds.</summary>
    Task CompleteAsync(
        Guid pageId,
        string key,
        IdempotentResponse response,
        CancellationToken cancellationToken
    );
}
