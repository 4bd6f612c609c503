using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

internal static class UnlimitedSettings
{
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimiting:Burst", "1000000");
        builder.UseSetting("RateLimiting:PermitsPerMinute", "1000000");
    }
}
