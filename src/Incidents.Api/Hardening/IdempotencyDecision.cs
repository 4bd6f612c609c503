using Incidents.Application.Common.Idempotency;

namespace Incidents.Api.Hardening;

/// <summary>What <see cref="IdempotencyGate.EnterAsync"/> decided for a keyed request.</summary>
internal enum IdempotencyOutcome
{
    /// <summary>This caller holds the key: run the request, then complete or release it.</summary>
    Run,

    /// <summary>The same request already completed: answer its stored response.</summary>
    Replay,

    /// <summary>A different request already used the key (422).</summary>
    Mismatch,

    /// <summary>A request with the key is still running (409).</summary>
    InFlight,
}

/// <param name="Stored">The first answer, for <see cref="IdempotencyOutcome.Replay"/>.</param>
internal sealed record IdempotencyDecision(IdempotencyOutcome Outcome, IdempotentResponse? Stored)
{
    public static readonly IdempotencyDecision Run = new(IdempotencyOutcome.Run, null);
    public static readonly IdempotencyDecision Mismatch = new(IdempotencyOutcome.Mismatch, null);
    public static readonly IdempotencyDecision InFlight = new(IdempotencyOutcome.InFlight, null);
}
