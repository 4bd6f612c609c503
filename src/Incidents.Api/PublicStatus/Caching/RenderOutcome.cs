namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// What one coalesced render gives the requests that waited for it: the answer to share, or none —
/// either because it is not one to share (not a 200, or it sets a cookie: each renders its own) or
/// because a write on the page committed while it ran (<paramref name="Interrupted"/>: it may
/// predate what a waiter must see).
/// </summary>
public readonly record struct RenderOutcome(CachedResponse? Shared, bool Interrupted);
