namespace Incidents.Application.Common.Idempotency;

/// <summary>
/// Claims a key while its first request runs, so a concurrent repeat gets 409 instead of running
/// too. Separate from the store so that a faster shared implementation (Redis) can replace it.
/// </summary>
public interface IIdempotencyInFlightMarker
{
    /// <summary>True when this caller now holds the key; false when a record or claim already exists.</summary>
    Task<bool> TryAcquireAsync(
        Guid pageId,
        string key,
        string fingerprint,
        CancellationToken cancellationToken
    );

    /// <summary>Gives the key up without an answer (the request failed), so it can be retried.</summary>
    Task ReleaseAsync(Guid pageId, string key, CancellationToken cancellationToken);
}
