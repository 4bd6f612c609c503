namespace Incidents.Api.Hardening;

/// <summary>Configuration section <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Sustained rate per API key (token bucket refill).</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>Bucket size: how many requests a key may send at once after being idle.</summary>
    public int Burst { get; set; } = 100;

    /// <summary>Per client address, for public endpoints that cost work (the <c>public-per-client</c> policy).</summary>
    public int PublicPermitsPerMinute { get; set; } = 30;

    public int PublicBurst { get; set; } = 10;
}
