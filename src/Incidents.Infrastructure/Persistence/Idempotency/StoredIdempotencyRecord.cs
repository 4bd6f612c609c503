namespace Incidents.Infrastructure.Persistence.Idempotency;

/// <summary>
/// A row per (page, Idempotency-Key). With no <see cref="StatusCode"/> it is the in-flight claim;
/// the primary key makes claiming atomic across instances.
/// </summary>
internal sealed class StoredIdempotencyRecord
{
    public const int FingerprintLength = 64;
    public const int ContentTypeMaxLength = 100;

    public Guid PageId { get; set; }

    public string Key { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Until then an in-flight claim holds; then a completed answer is kept until this.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
