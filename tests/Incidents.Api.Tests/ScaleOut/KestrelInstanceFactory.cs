using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>One instance of the service on real Kestrel against a shared PostgreSQL database and Redis.</summary>
public sealed class KestrelInstanceFactory(
    string connectionString,
    IReadOnlyDictionary<string, string?> settings
) : KestrelApiFactory
{
    public override string ProviderName => "PostgreSql";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ConnectionString = connectionString;
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
