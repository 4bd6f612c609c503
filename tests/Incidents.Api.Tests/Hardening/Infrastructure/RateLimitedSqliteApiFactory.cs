using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

/// <summary>A bucket of 3 per key that refills once a minute: a flood is refused within a test.</summary>
public sealed class RateLimitedSqliteApiFactory : SqliteApiFactory
{
    public const int Burst = 3;

    /// <summary>Below <see cref="Burst"/>, so a refusal of the subscribe endpoint is the per-client policy's.</summary>
    public const int PublicBurst = 2;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting(
            "RateLimiting:Burst",
            Burst.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        builder.UseSetting("RateLimiting:PermitsPerMinute", "1");
        builder.UseSetting(
            "RateLimiting:PublicBurst",
            PublicBurst.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );
        builder.UseSetting("RateLimiting:PublicPermitsPerMinute", "1");
    }
}
