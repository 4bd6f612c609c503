namespace Incidents.Application.Common.Idempotency;

public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";
    public const int MaxKeyLength = 255;

    /// <summary>How long a completed answer is replayed.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long an in-flight claim holds without an answer: after a crash mid-request the key
    /// becomes usable again instead of answering 409 for a whole day.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
