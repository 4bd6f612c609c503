using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.Hardening.Infrastructure;

/// <summary>For tests that send thousands of requests with one key (property-based tests).</summary>
public sealed class UnlimitedPostgreSqlApiFactory : PostgreSqlApiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        UnlimitedSettings.Apply(builder);
    }
}
