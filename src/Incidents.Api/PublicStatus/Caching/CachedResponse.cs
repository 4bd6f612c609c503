namespace Incidents.Api.PublicStatus.Caching;

/// <summary>One stored answer: its bytes, content type, strong ETag, and when it was stored (ms ticks).</summary>
public sealed record CachedResponse(byte[] Body, string ContentType, string ETag, long StoredAt);
