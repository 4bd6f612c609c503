using Incidents.Api.PublicStatus.Compression;

namespace Incidents.Api.PublicStatus.Caching;

/// <summary>
/// One stored answer: its representations (identity, Brotli, gzip, each with a strong ETag),
/// content type, and when it was stored (ms ticks).
/// </summary>
public sealed record CachedResponse(
    EncodedRepresentations Representations,
    string ContentType,
    long StoredAt
);
