using System.Diagnostics.CodeAnalysis;
using Incidents.Application.Common.Idempotency;

namespace Incidents.Api.Hardening;

/// <summary>
/// The idempotency rules in one place, for every surface that accepts a key: the admin API's
/// <c>Idempotency-Key</c> header (<see cref="IdempotencyMiddleware"/>) and the console's one-time
/// form key (ConsoleIdempotencyFilter). A key belongs to a page; the first request claims it, a
/// repeat of the same request replays the first answer, a different request under the key is a
/// mismatch, and a repeat while the first still runs is in flight.
/// </summary>
internal sealed class IdempotencyGate(IIdempotencyStore store, IIdempotencyInFlightMarker marker)
{
    public const string InvalidKeyMessage = "Idempotency-Key must be between 1 and 255 characters.";
    public const string MismatchMessage =
        "This Idempotency-Key was already used for a different request.";
    public const string InFlightMessage =
        "A request with this Idempotency-Key is still being processed.";

    public static bool IsValidKey([NotNullWhen(true)] string? key) =>
        !string.IsNullOrWhiteSpace(key) && key.Length <= IdempotencyOptions.MaxKeyLength;

    public async Task<IdempotencyDecision> EnterAsync(
        Guid pageId,
        string key,
        string fingerprint,
        CancellationToken cancellationToken
    )
    {
        // Look first: a replay costs one read, and a failed claim (a logged unique violation)
        // happens only when two requests race for a new key.
        var existing = await store.FindAsync(pageId, key, cancellationToken);
        if (existing is null)
        {
            if (await marker.TryAcquireAsync(pageId, key, fingerprint, cancellationToken))
            {
                return IdempotencyDecision.Run;
            }

            existing = await store.FindAsync(pageId, key, cancellationToken);
        }

        // In flight first: whatever the request, the caller must wait and ask again.
        if (existing?.Response is not { } stored)
        {
            return IdempotencyDecision.InFlight;
        }

        return existing.Fingerprint == fingerprint
            ? new IdempotencyDecision(IdempotencyOutcome.Replay, stored)
            : IdempotencyDecision.Mismatch;
    }

    /// <summary>Stores the answer of a request that ran under the key (only successes are stored).</summary>
    public Task CompleteAsync(Guid pageId, string key, IdempotentResponse response) =>
        store.CompleteAsync(pageId, key, response, CancellationToken.None);

    /// <summary>Gives the key up: the request failed, and may be corrected and sent again.</summary>
    public Task ReleaseAsync(Guid pageId, string key) =>
        marker.ReleaseAsync(pageId, key, CancellationToken.None);
}
